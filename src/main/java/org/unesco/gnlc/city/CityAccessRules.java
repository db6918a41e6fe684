package org.unesco.gnlc.city;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.unesco.gnlc.shared.publicpages.PublicPages;
import org.unesco.gnlc.shared.security.AccessRules;
import org.unesco.gnlc.shared.security.Role;

/**
 * The directory, profiles, network figures and open data are public. Editing a profile
 * and its history need a signed-in person; whose city it is gets checked in
 * {@link CityProfiles}. Imports of the existing network are for UIL administrators only.
 */
@Configuration(proxyBeanMethods = false)
class CityAccessRules {

	@Bean
	AccessRules cityRoutes() {
		return requests -> requests
			.requestMatchers(HttpMethod.GET, "/cities", "/cities.csv", "/cities/*", "/network", "/api/cities")
			.permitAll()
			.requestMatchers("/cities/*/edit", "/cities/*/history")
			.authenticated()
			.requestMatchers("/admin/imports", "/admin/imports/**")
			.hasRole(Role.UIL_ADMIN.name());
	}

	/**
	 * What visitors see alike: served from the cache, rendered once per change of the
	 * data.
	 */
	@Bean
	PublicPages cityPublicPages() {
		return PublicPages.of("/cities", "/cities/{slug}", "/cities.csv", "/api/cities", "/network");
	}

}
