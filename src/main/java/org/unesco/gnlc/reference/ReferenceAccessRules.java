package org.unesco.gnlc.reference;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.unesco.gnlc.shared.publicpages.PublicPages;
import org.unesco.gnlc.shared.security.AccessRules;
import org.unesco.gnlc.shared.security.Role;

@Configuration(proxyBeanMethods = false)
class ReferenceAccessRules {

	@Bean
	AccessRules referenceRoutes() {
		return requests -> requests.requestMatchers(HttpMethod.GET, "/key-features")
			.permitAll()
			.requestMatchers("/admin/countries", "/admin/countries/**")
			.hasRole(Role.UIL_ADMIN.name());
	}

	@Bean
	PublicPages referencePublicPages() {
		return PublicPages.of("/key-features");
	}

}
