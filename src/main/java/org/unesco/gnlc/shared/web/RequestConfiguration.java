package org.unesco.gnlc.shared.web;

import lombok.RequiredArgsConstructor;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.MultipartConfigElement;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.format.FormatterRegistry;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.MessageCodesResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The form of every request is read first, before Spring Security or anything else reads
 * it; page numbers no list has are left out before a page reads them.
 */
@Configuration(proxyBeanMethods = false)
@RequiredArgsConstructor
class RequestConfiguration implements WebMvcConfigurer {

	private final UnreadableParameters unreadableParameters;

	private final ErrorsInPageTitle errorsInPageTitle;

	private final MessageSource messageSource;

	/**
	 * Messages that name their field where it has a label ({@link LabelledMessageCodes}).
	 */
	@Override
	public MessageCodesResolver getMessageCodesResolver() {
		return new LabelledMessageCodes(messageSource);
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(unreadableParameters);
		registry.addInterceptor(errorsInPageTitle);
	}

	/**
	 * Whole numbers as people write them, with the thousands grouped
	 * ({@link WholeNumbers}).
	 */
	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addFormatterForFieldType(Long.class, WholeNumbers.longs());
		registry.addFormatterForFieldType(Integer.class, WholeNumbers.integers());
	}

	@Bean
	FilterRegistrationBean<UnreadableForms> unreadableForms(MultipartConfigElement multipartLimits,
			@Value("${server.tomcat.max-swallow-size}") DataSize longestRead) {
		FilterRegistrationBean<UnreadableForms> registration = new FilterRegistrationBean<>(
				new UnreadableForms(multipartLimits, longestRead));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
		return registration;
	}

}
