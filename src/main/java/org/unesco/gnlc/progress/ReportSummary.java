package org.unesco.gnlc.progress;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A report as lists show it. */
record ReportSummary(long id, long roundId, long cityId, String cityName, String countryCode, ReportState state,
		@Nullable Instant submittedAt) {
}
