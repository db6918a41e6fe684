package org.unesco.gnlc.membership;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.unesco.gnlc.membership.MembershipApplication.Recommendation;

/** One line of a queue or export: enough to list an application without loading it. */
record ApplicationSummary(long id, @Nullable String reference, long cityId, @Nullable String cityName,
		String countryCode, @Nullable Long callId, ApplicationState state, @Nullable Instant submittedAt,
		@Nullable Recommendation recommendation) {
}
