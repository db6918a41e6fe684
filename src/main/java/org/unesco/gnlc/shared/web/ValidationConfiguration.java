package org.unesco.gnlc.shared.web;

import java.lang.reflect.Method;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.metadata.ConstraintDescriptor;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.validation.MessageInterpolatorFactory;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.ReflectionUtils;
import org.springframework.util.StringUtils;
import org.springframework.validation.BindingResult;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

/**
 * The portal's Bean Validation, as Spring Boot sets it up (messages from the portal's
 * bundles), except that the error of a check written as a method lands on the field it
 * names with {@link ShownAt}, so that it is shown at that field and its summary line
 * links to it.
 */
@Configuration(proxyBeanMethods = false)
class ValidationConfiguration {

	@Bean
	static LocalValidatorFactoryBean defaultValidator(ApplicationContext context,
			ObjectProvider<ValidationConfigurationCustomizer> customizers) {
		LocalValidatorFactoryBean validator = new FieldPlacingValidator();
		validator.setConfigurationInitializer(configuration -> customizers.orderedStream()
			.forEach(customizer -> customizer.customize(configuration)));
		validator.setMessageInterpolator(new MessageInterpolatorFactory(context).getObject());
		return validator;
	}

	static final class FieldPlacingValidator extends LocalValidatorFactoryBean {

		@Override
		protected String determineField(ConstraintViolation<Object> violation) {
			String field = super.determineField(violation);
			Object bean = violation.getLeafBean();
			if (bean == null || field.isEmpty()) {
				return field;
			}
			int dot = field.lastIndexOf('.');
			String property = field.substring(dot + 1);
			for (String prefix : new String[] { "is", "get" }) {
				Method check = ReflectionUtils.findMethod(bean.getClass(), prefix + StringUtils.capitalize(property));
				ShownAt shownAt = check == null ? null : check.getAnnotation(ShownAt.class);
				if (shownAt != null) {
					return field.substring(0, dot + 1) + shownAt.value();
				}
			}
			return field;
		}

		/**
		 * A constraint with a message of its own (the dates of a call in order) says it:
		 * no message key of the constraint's kind ({@code AssertTrue}, {@code Max})
		 * replaces it.
		 */
		@Override
		protected String determineErrorCode(ConstraintDescriptor<?> descriptor) {
			String code = super.determineErrorCode(descriptor);
			return hasOwnMessage(descriptor) ? code + ".ownMessage" : code;
		}

		private static boolean hasOwnMessage(ConstraintDescriptor<?> descriptor) {
			try {
				Object standard = descriptor.getAnnotation().annotationType().getMethod("message").getDefaultValue();
				return standard != null && !standard.equals(descriptor.getAttributes().get("message"));
			}
			catch (NoSuchMethodException noMessage) {
				return false;
			}
		}

		/** The field's label, which every generic message begins with. */
		@Override
		protected MessageSourceResolvable getResolvableField(String objectName, String field) {
			return FieldLabels.of(objectName, field);
		}

		/**
		 * The value typed in the field the error is shown at, not the check's true or
		 * false.
		 */
		@Override
		protected @Nullable Object getRejectedValue(String field, ConstraintViolation<Object> violation,
				BindingResult bindingResult) {
			if (!violation.getPropertyPath().toString().equals(field)) {
				return bindingResult.getRawFieldValue(field);
			}
			return super.getRejectedValue(field, violation, bindingResult);
		}

	}

}
