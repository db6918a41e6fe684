package org.unesco.gnlc.award;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.unesco.gnlc.shared.security.AccessRules;
import org.unesco.gnlc.shared.security.Role;

/**
 * Who reaches the cycle administration and the nominations at all: UIL_ADMIN runs the
 * cycles, a National Commission endorser nominates. The services check again, and the
 * endorser's country on every application.
 */
@Configuration(proxyBeanMethods = false)
class NominationAccessRules {

	@Bean
	AccessRules awardNominationRoutes() {
		return requests -> requests.requestMatchers("/admin/award-cycles", "/admin/award-cycles/**")
			.hasRole(Role.UIL_ADMIN.name())
			.requestMatchers("/award/nominations", "/award/nominations/**")
			.hasRole(Role.NATCOM_ENDORSER.name())
			.requestMatchers(HttpMethod.POST, "/award/applications/*/nominate", "/award/applications/*/decline",
					"/award/applications/*/decline/check", "/award/applications/*/decline/back")
			.hasRole(Role.NATCOM_ENDORSER.name());
	}

}
