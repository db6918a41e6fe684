package org.unesco.gnlc.shared.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;
import java.time.Year;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import org.jspecify.annotations.Nullable;

/**
 * The year of a figure already measured (a population, a GDP): not after the current
 * year. An empty value passes; whether it is required is another check.
 */
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Constraint(validatedBy = NotAfterThisYear.Validator.class)
public @interface NotAfterThisYear {

	String message() default "{NotAfterThisYear}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Reads the current year from the portal's clock. */
	class Validator implements ConstraintValidator<NotAfterThisYear, Number> {

		private final Clock clock;

		Validator(Clock clock) {
			this.clock = clock;
		}

		@Override
		public boolean isValid(@Nullable Number year, ConstraintValidatorContext context) {
			return year == null || year.longValue() <= Year.now(clock).getValue();
		}

	}

}
