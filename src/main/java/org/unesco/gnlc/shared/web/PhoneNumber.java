package org.unesco.gnlc.shared.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The portal's one rule for a telephone number, wherever a person gives one (their
 * profile, the contact of a membership or Award application): digits, spaces and
 * {@code + ( ) - . /}, at most 40 characters, as numbers are written in every country
 * ({@code +33 (0)1 45 68 10 00}, {@code 555-0100 / 0101}). An empty value passes; whether
 * it is required is another check. The message names the field ({@code PhoneNumber}).
 */
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Constraint(validatedBy = {})
@Pattern(regexp = "[0-9+()./ -]*")
@Size(max = 40)
@ReportAsSingleViolation
public @interface PhoneNumber {

	String message() default "{PhoneNumber}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
