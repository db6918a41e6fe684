package org.unesco.gnlc.shared.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A feature's own URL access rules. Each feature declares the routes it owns as a bean of
 * this type; the security configuration applies them all before its catch-all rule (any
 * other request needs a signed-in person). Methods and scopes (own city, own country) are
 * checked again in the feature's services.
 */
@FunctionalInterface
public interface AccessRules {

	void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests);

}
