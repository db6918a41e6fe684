package org.unesco.gnlc.conference;

import org.springframework.security.access.AccessDeniedException;
import org.unesco.gnlc.shared.security.PortalUser;

/**
 * Only the UIL Secretariat (reviewers and administrators) keeps the conference records.
 */
final class Secretariat {

	private Secretariat() {
	}

	static void require(PortalUser user) {
		if (!user.isSecretariat()) {
			throw new AccessDeniedException("Only the UIL Secretariat keeps the conference records");
		}
	}

}
