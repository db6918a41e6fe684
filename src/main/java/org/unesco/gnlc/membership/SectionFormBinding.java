package org.unesco.gnlc.membership;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.web.bind.ServletRequestDataBinder;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Binds a {@link SectionAnswer} argument to the form of the section its address names
 * (/membership/applications/{id}/sections/{slug}), so that one handler saves every
 * section. The binder is the portal's own, as for any {@code @ModelAttribute}: the form
 * is built through its record constructor under the name {@code form}, and its binding
 * result follows it in the model for the {@code BindingResult} argument after it.
 */
@Configuration(proxyBeanMethods = false)
class SectionFormBinding implements WebMvcConfigurer, HandlerMethodArgumentResolver {

	static final String FORM = "form";

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(this);
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == SectionAnswer.class;
	}

	@Override
	public @Nullable Object resolveArgument(MethodParameter parameter, @Nullable ModelAndViewContainer container,
			NativeWebRequest request, @Nullable WebDataBinderFactory binderFactory) throws Exception {
		@SuppressWarnings("unchecked")
		Map<String, String> variables = (Map<String, String>) request
			.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
		Section section = Section.bySlug(variables == null ? "" : variables.get("slug"))
			.orElseThrow(ApplicationViews::notFound);
		WebDataBinder binder = binderFactory.createBinder(request, null, FORM,
				ResolvableType.forClass(section.formType()));
		((ServletRequestDataBinder) binder).construct(request.getNativeRequest(HttpServletRequest.class));
		Map<String, Object> bound = binder.getBindingResult().getModel();
		container.removeAttributes(bound);
		container.addAllAttributes(bound);
		return binder.getTarget();
	}

}
