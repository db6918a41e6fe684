package org.unesco.gnlc.membership;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.unesco.gnlc.shared.security.AccessRules;
import org.unesco.gnlc.shared.security.Role;

/**
 * Who reaches the membership routes at all; the service then checks the scope (own city,
 * own country, submitted applications for UIL) on every action and download.
 */
@Configuration(proxyBeanMethods = false)
class MembershipAccessRules {

	@Bean
	AccessRules membershipRoutes() {
		String[] cityOrCommissionOrUil = { Role.CITY_OFFICIAL.name(), Role.NATCOM_ENDORSER.name(),
				Role.UIL_REVIEWER.name(), Role.UIL_ADMIN.name() };
		return requests -> requests.requestMatchers("/admin/membership/**")
			.hasRole(Role.UIL_ADMIN.name())
			.requestMatchers("/membership/endorsements")
			.hasRole(Role.NATCOM_ENDORSER.name())
			.requestMatchers("/membership/decisions", "/membership/calls/**")
			.hasAnyRole(Role.UIL_REVIEWER.name(), Role.UIL_ADMIN.name())
			.requestMatchers("/membership", "/membership/**")
			.hasAnyRole(cityOrCommissionOrUil);
	}

}
