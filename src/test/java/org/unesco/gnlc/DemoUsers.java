package org.unesco.gnlc;

import java.util.Map;

import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.unesco.gnlc.shared.security.PortalUser;
import org.unesco.gnlc.shared.security.Role;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** Signed-in people for MockMvc requests, one per role, scoped like the demo accounts. */
public final class DemoUsers {

	/** Melton's id in the migrated database (the first of the 2015 Award cities). */
	public static final long MELTON = 1L;

	public static final String PASSWORD = "learning-cities";

	public static final Map<Role, String> EMAILS = Map.of(Role.CITY_OFFICIAL, "melton@demo.example",
			Role.NATCOM_ENDORSER, "natcom.mx@demo.example", Role.UIL_REVIEWER, "reviewer@demo.example",
			Role.JURY_MEMBER, "jury@demo.example", Role.UIL_ADMIN, "admin@demo.example");

	private DemoUsers() {
	}

	public static PortalUser person(Role role) {
		return switch (role) {
			case CITY_OFFICIAL ->
				new PortalUser(9001, EMAILS.get(role), "", "Test official", role, MELTON, "AU", "en", true);
			case NATCOM_ENDORSER ->
				new PortalUser(9002, EMAILS.get(role), "", "Test endorser", role, null, "MX", "en", true);
			case UIL_REVIEWER ->
				new PortalUser(9003, EMAILS.get(role), "", "Test reviewer", role, null, "DE", "en", true);
			case JURY_MEMBER -> new PortalUser(9004, EMAILS.get(role), "", "Test juror", role, null, "KE", "en", true);
			case UIL_ADMIN -> new PortalUser(9005, EMAILS.get(role), "", "Test admin", role, null, "DE", "en", true);
		};
	}

	public static RequestPostProcessor signedInAs(Role role) {
		return user(person(role));
	}

}
