package org.unesco.gnlc.award;

import org.springframework.security.access.AccessDeniedException;
import org.unesco.gnlc.shared.security.PortalUser;
import org.unesco.gnlc.shared.security.Role;

/**
 * The one place where the Award's services check the role of the person acting (the
 * routes are guarded too, by {@link ReviewAccessRules} and {@link JuryAccessRules}):
 * anyone else is refused with 403. Whether the person may act on one application is
 * {@link ApplicationAccess}'s rule.
 */
final class AwardRoles {

	private AwardRoles() {
	}

	/**
	 * UIL_ADMIN runs the cycles, assigns reviewers, composes the jury, records the
	 * selection and publishes.
	 */
	static void requireAdmin(PortalUser user) {
		require(user.is(Role.UIL_ADMIN), "Only UIL administrators run the Award's cycles");
	}

	/** UIL_REVIEWER scores the nominations assigned to them. */
	static void requireReviewer(PortalUser user) {
		require(user.is(Role.UIL_REVIEWER), "Only UIL reviewers score nominations");
	}

	/**
	 * UIL (administrators and reviewers) ranks, shortlists and reads the decision pack.
	 */
	static void requireSecretariat(PortalUser user) {
		require(user.isSecretariat(), "Only UIL ranks and shortlists nominations");
	}

	/** JURY_MEMBER votes. */
	static void requireJuror(PortalUser user) {
		require(user.is(Role.JURY_MEMBER), "Only jury members vote");
	}

	private static void require(boolean allowed, String reason) {
		if (!allowed) {
			throw new AccessDeniedException(reason);
		}
	}

}
