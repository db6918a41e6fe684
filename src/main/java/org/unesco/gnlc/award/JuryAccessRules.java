package org.unesco.gnlc.award;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.unesco.gnlc.shared.security.AccessRules;
import org.unesco.gnlc.shared.security.Role;

/**
 * Who reaches the jury's routes at all. The service checks again the role, and for a
 * juror that they sit on the cycle's jury.
 */
@Configuration(proxyBeanMethods = false)
class JuryAccessRules {

	@Bean
	AccessRules juryRoutes() {
		return requests -> requests.requestMatchers("/award/cycles/*/jury", "/award/cycles/*/jury/**")
			.hasRole(Role.UIL_ADMIN.name())
			.requestMatchers("/award/cycles/*/decision-pack.pdf", "/award/cycles/*/decision-pack.csv")
			.hasAnyRole(Role.UIL_ADMIN.name(), Role.UIL_REVIEWER.name())
			.requestMatchers("/award/jury", "/award/jury/**")
			.hasRole(Role.JURY_MEMBER.name());
	}

}
