package org.unesco.gnlc.membership;

import org.jspecify.annotations.Nullable;

/**
 * A membership application moved from one state to another. Published after the change is
 * committed; the notification feature tells the next actor.
 *
 * @param reference the application's reference number (GNLC-2026-0042) once submitted
 * @param comment what the actor wrote (a reason, a request for changes), if anything
 * @param step the number of this change on the application's timeline (unique per
 * application)
 */
public record MembershipApplicationStateChanged(long applicationId, @Nullable String reference, long cityId,
		String cityName, String countryCode, @Nullable ApplicationState from, ApplicationState to,
		@Nullable String comment, int step) {
}
