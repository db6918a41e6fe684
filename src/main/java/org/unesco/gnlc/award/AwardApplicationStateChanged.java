package org.unesco.gnlc.award;

import org.jspecify.annotations.Nullable;

/**
 * An Award application moved from one state to another; published after the change is
 * committed, so that the notification feature tells whoever acts next.
 *
 * @param reference the application's reference (LCA-2026-0007) once submitted
 * @param comment what the actor wrote (a nomination note, a reason), if anything
 * @param step the number of this change on the application's timeline (unique per
 * application)
 */
public record AwardApplicationStateChanged(long applicationId, @Nullable String reference, long cycleId, int year,
		long cityId, String countryCode, @Nullable ApplicationState from, ApplicationState to, @Nullable String comment,
		int step) {
}
