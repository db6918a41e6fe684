package org.unesco.gnlc.progress;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.unesco.gnlc.shared.security.AccessRules;
import org.unesco.gnlc.shared.security.Role;

/**
 * Who reaches the progress routes at all; the services then check the scope (own city,
 * own country, UIL) on every action and download.
 */
@Configuration(proxyBeanMethods = false)
class ProgressAccessRules {

	@Bean
	AccessRules progressRoutes() {
		String[] uil = { Role.UIL_REVIEWER.name(), Role.UIL_ADMIN.name() };
		return requests -> requests.requestMatchers(HttpMethod.GET, "/network/progress", "/network/progress.csv")
			.permitAll()
			.requestMatchers("/admin/progress-rounds", "/admin/progress-rounds/**")
			.hasRole(Role.UIL_ADMIN.name())
			.requestMatchers("/progress-reports/rounds/**", "/progress-reports/*/review", "/progress-reports/*/accept",
					"/progress-reports/*/return", "/progress-reports/*/suspend", "/progress-reports/*/reinstate")
			.hasAnyRole(uil)
			.requestMatchers("/progress-reports/*/sections/**", "/progress-reports/*/statistics",
					"/progress-reports/*/links", "/progress-reports/*/documents", "/progress-reports/*/check",
					"/progress-reports/*/submit", "/progress-reports/*/highlights")
			.hasRole(Role.CITY_OFFICIAL.name())
			.requestMatchers("/progress-reports", "/progress-reports/**")
			.hasAnyRole(Role.CITY_OFFICIAL.name(), Role.NATCOM_ENDORSER.name(), Role.UIL_REVIEWER.name(),
					Role.UIL_ADMIN.name());
	}

}
