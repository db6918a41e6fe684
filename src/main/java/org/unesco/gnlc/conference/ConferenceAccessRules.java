package org.unesco.gnlc.conference;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.unesco.gnlc.shared.publicpages.PublicPages;
import org.unesco.gnlc.shared.security.AccessRules;
import org.unesco.gnlc.shared.security.Role;

/**
 * Visitors read the records, download their exports and attachments; the UIL Secretariat
 * (reviewers and administrators) keeps them. The editing routes come first, so that
 * /conferences/new and /people/new are not taken for a conference or a person.
 */
@Configuration(proxyBeanMethods = false)
class ConferenceAccessRules {

	@Bean
	AccessRules conferenceRoutes() {
		String[] secretariat = { Role.UIL_REVIEWER.name(), Role.UIL_ADMIN.name() };
		return requests -> requests
			.requestMatchers("/conferences/new", "/conferences/*/manage", "/conferences/*/edit",
					"/conferences/*/history", "/conferences/*/agenda/**", "/conferences/*/sessions/**",
					"/conferences/*/roles/**", "/conferences/*/documents/**", "/people/new", "/people/*/edit",
					"/people/*/delete")
			.hasAnyRole(secretariat)
			.requestMatchers(HttpMethod.GET, "/conferences", "/conferences/*", "/conferences/*/agenda.ics",
					"/conferences/*/record.pdf", "/conferences/*/attachments/*", "/people", "/people/*")
			.permitAll();
	}

	/**
	 * The records as visitors read them (the exports and attachments are sent as they
	 * are).
	 */
	@Bean
	PublicPages conferencePublicPages() {
		return PublicPages.of("/conferences", "/conferences/{number}", "/people", "/people/{slug}");
	}

}
