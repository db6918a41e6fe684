package org.unesco.gnlc.notification;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.unesco.gnlc.shared.security.AccessRules;
import org.unesco.gnlc.shared.security.Role;

@Configuration(proxyBeanMethods = false)
class NotificationAccessRules {

	@Bean
	AccessRules notificationRoutes() {
		return requests -> requests.requestMatchers("/admin/outbox", "/admin/outbox/**").hasRole(Role.UIL_ADMIN.name());
	}

}
