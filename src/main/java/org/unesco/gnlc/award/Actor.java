package org.unesco.gnlc.award;

import org.unesco.gnlc.shared.security.PortalUser;
import org.unesco.gnlc.shared.security.Role;

/** Who does something to an application or a cycle, as the timeline records it. */
record Actor(long accountId, String name, Role role) {

	static Actor of(PortalUser user) {
		return new Actor(user.accountId(), user.fullName(), user.role());
	}

}
