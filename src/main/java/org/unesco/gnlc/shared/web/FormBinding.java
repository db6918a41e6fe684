package org.unesco.gnlc.shared.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.stereotype.Component;
import org.springframework.validation.AbstractPropertyBindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.web.bind.ServletRequestDataBinder;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.annotation.InitBinderDataBinderFactory;
import org.springframework.web.method.support.InvocableHandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.ServletRequestDataBinderFactory;
import org.springframework.web.servlet.support.ExtendedServletRequestDataBinder;

/**
 * How every form is bound. The portal's forms are records, bound through their
 * constructor. When a value cannot be converted ("abc" for a number, an unknown choice,
 * 30 February), Spring records the error before the record exists, in a binding result
 * without the form: the form is then created with that field empty, but any further check
 * on the binding result (a controller's {@code rejectValue}, a template reading a field)
 * failed with a 500. Here the binding result is given its form once the form exists, with
 * the conversion errors kept, so that the page shows "Enter a valid value" at the field
 * like any other error.
 */
@Component
class FormBinding implements WebMvcRegistrations {

	@Override
	public RequestMappingHandlerAdapter getRequestMappingHandlerAdapter() {
		return new RequestMappingHandlerAdapter() {
			@Override
			protected InitBinderDataBinderFactory createDataBinderFactory(List<InvocableHandlerMethod> binderMethods) {
				return new ServletRequestDataBinderFactory(binderMethods, getWebBindingInitializer()) {
					@Override
					protected ServletRequestDataBinder createBinderInstance(@Nullable Object target, String objectName,
							NativeWebRequest request) {
						return new FormBinder(target, objectName);
					}
				};
			}
		};
	}

	/**
	 * A binder whose binding result always holds the form once the form has been
	 * constructed.
	 */
	static final class FormBinder extends ExtendedServletRequestDataBinder {

		private @Nullable AbstractPropertyBindingResult withForm;

		FormBinder(@Nullable Object target, String objectName) {
			super(target, objectName);
			setBindingErrorProcessor(new DefaultBindingErrorProcessor() {
				// "Population: enter a whole number", not "Enter a whole number".
				@Override
				protected Object[] getArgumentsForBindError(String objectName, String field) {
					return new Object[] { FieldLabels.of(objectName, field) };
				}
			});
		}

		@Override
		protected AbstractPropertyBindingResult getInternalBindingResult() {
			AbstractPropertyBindingResult result = super.getInternalBindingResult();
			if (result.getTarget() != null || getTarget() == null) {
				return result;
			}
			if (withForm == null) {
				withForm = createBeanPropertyBindingResult();
				withForm.addAllErrors(result);
			}
			return withForm;
		}

	}

}
