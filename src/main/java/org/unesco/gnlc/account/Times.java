package org.unesco.gnlc.account;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.jspecify.annotations.Nullable;

/**
 * Times as the account pages show them: in UTC, so that everyone reads the same moment.
 */
final class Times {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
		.withZone(ZoneOffset.UTC);

	private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
		.withZone(ZoneOffset.UTC);

	private Times() {
	}

	static String day(@Nullable Instant instant) {
		return instant == null ? "" : DAY.format(instant);
	}

	static String minute(@Nullable Instant instant) {
		return instant == null ? "" : MINUTE.format(instant);
	}

	static String second(@Nullable Instant instant) {
		return instant == null ? "" : SECOND.format(instant);
	}

}
