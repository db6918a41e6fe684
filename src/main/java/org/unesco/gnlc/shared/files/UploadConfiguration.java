package org.unesco.gnlc.shared.files;

import jakarta.servlet.DispatcherType;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Oversized uploads are answered before anything else reads the request (Spring Security does). */
@Configuration(proxyBeanMethods = false)
class UploadConfiguration {

	@Bean
	FilterRegistrationBean<OversizedUploads> oversizedUploads() {
		FilterRegistrationBean<OversizedUploads> registration = new FilterRegistrationBean<>(new OversizedUploads());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
		return registration;
	}

}
