package org.unesco.gnlc.shared.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** A text of at most {@link #value()} words (a word is a run of non-blank characters). */
@Documented
@Constraint(validatedBy = WordLimit.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface WordLimit {

	int value();

	String message() default "{WordLimit}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<WordLimit, String> {

		private int limit;

		@Override
		public void initialize(WordLimit annotation) {
			this.limit = annotation.value();
		}

		@Override
		public boolean isValid(String text, ConstraintValidatorContext context) {
			return count(text) <= limit;
		}

		/** The words of a text, as the word counter on the page counts them. */
		public static int count(String text) {
			if (text == null || text.isBlank()) {
				return 0;
			}
			return text.strip().split("\\s+").length;
		}

	}

}
