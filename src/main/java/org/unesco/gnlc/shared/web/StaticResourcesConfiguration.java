package org.unesco.gnlc.shared.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Static files and webjars are served by the resource chain that
 * {@code webjars-locator-lite} switches on, which lets links name a webjar without its
 * version ({@code /webjars/bootstrap/css/bootstrap.min.css}). The chain's link rewriting
 * is switched off: {@link ResourceUrlEncodingFilter} looked every {@code @{...}} link of
 * every page up on the class path (through every nested jar of the fat jar, for each
 * static location, misses never cached), which was 79-83% of the CPU of the directory's
 * pages. No link needs rewriting: none is versioned.
 */
@Configuration(proxyBeanMethods = false)
class StaticResourcesConfiguration {

	/**
	 * Registered but disabled, which is how Spring Boot is told not to register its own.
	 */
	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
				new ResourceUrlEncodingFilter());
		registration.setEnabled(false);
		return registration;
	}

}
