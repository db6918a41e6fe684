package org.unesco.gnlc.award;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.unesco.gnlc.shared.security.AccessRules;
import org.unesco.gnlc.shared.security.Role;

/**
 * Who reaches the review's routes: UIL_ADMIN assigns reviewers and convenes the jury,
 * reviewers score, both rank and shortlist and read the cycles' pages and their lists of
 * applications (whose POST is a city official's start of an application). Declared before
 * the other Award routes (precise paths under {@code /award/cycles/*}), and checked again
 * in the services along with the scope rules.
 */
@Configuration(proxyBeanMethods = false)
class ReviewAccessRules {

	@Bean
	@Order(20)
	AccessRules awardReviewRoutes() {
		return requests -> requests
			.requestMatchers("/award/cycles/*/assignments", "/award/cycles/*/assignments/**",
					"/award/cycles/*/leaderboard/convene-jury")
			.hasRole(Role.UIL_ADMIN.name())
			.requestMatchers("/award/cycles/*/leaderboard", "/award/cycles/*/leaderboard/**")
			.hasAnyRole(Role.UIL_REVIEWER.name(), Role.UIL_ADMIN.name())
			.requestMatchers("/award/review", "/award/review/**")
			.hasRole(Role.UIL_REVIEWER.name())
			.requestMatchers(HttpMethod.GET, "/award/cycles", "/award/cycles/*", "/award/cycles/*/applications")
			.hasAnyRole(Role.UIL_REVIEWER.name(), Role.UIL_ADMIN.name());
	}

}
