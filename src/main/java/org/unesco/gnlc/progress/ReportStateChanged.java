package org.unesco.gnlc.progress;

import org.jspecify.annotations.Nullable;

/**
 * A report moved on its timeline; {@code step} numbers the move, for the mails' event
 * keys.
 */
record ReportStateChanged(long reportId, long cityId, String cityName, String countryCode, @Nullable ReportState from,
		ReportState to, @Nullable String comment, int step) {
}
