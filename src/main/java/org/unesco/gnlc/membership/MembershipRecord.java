package org.unesco.gnlc.membership;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * What a city wrote in its approved membership application, for other features to start
 * from (the Award's "city and contacts" section): who signs for the city, whom the
 * network contacts, and its population. Each value may be missing.
 *
 * @param approvedAt when UIL admitted the city on this application
 */
public record MembershipRecord(long cityId, @Nullable String reference, @Nullable Instant approvedAt,
		@Nullable String mayorName, @Nullable String mayorTitle, @Nullable String contactName,
		@Nullable String contactTitle, @Nullable String contactEmail, @Nullable String contactPhone,
		@Nullable Long population) {
}
