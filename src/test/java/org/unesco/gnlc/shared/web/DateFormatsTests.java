package org.unesco.gnlc.shared.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * C7: one date format and one date-time format per language, written by {@link Dates}
 * alone; no template formats a date with a pattern of its own.
 */
class DateFormatsTests {

	private static final Pattern OWN_FORMAT = Pattern
		.compile("#temporals\\.format|#dates\\.format|#calendars\\.format|'[^']*(yyyy|MMMM|HH:mm)[^']*'");

	private final Dates dates = new Dates();

	@Test
	void noTemplateFormatsADateWithAPatternOfItsOwn() throws IOException {
		try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
			List<String> offending = files.filter(file -> file.toString().endsWith(".html")).flatMap(file -> {
				try {
					return Files.readAllLines(file)
						.stream()
						.filter(line -> OWN_FORMAT.matcher(line).find())
						.map(line -> file + ": " + line.strip());
				}
				catch (IOException unreadable) {
					throw new IllegalStateException(unreadable);
				}
			}).toList();
			assertThat(offending).isEmpty();
		}
	}

	@Test
	void aDayIsWrittenOneWayPerLanguage() {
		LocalDate day = LocalDate.of(2026, 12, 2);
		assertThat(dates.date(day, Language.ENGLISH.locale())).isEqualTo("2 December 2026");
		assertThat(dates.date(day, Locale.FRENCH)).isEqualTo("2 décembre 2026");
		assertThat(dates.date(day, Language.SPANISH.locale())).isEqualTo("2 de diciembre de 2026");
		assertThat(dates.date(day, Locale.forLanguageTag("ar"))).isEqualTo("2 ديسمبر 2026");
	}

	@Test
	void aMomentIsWrittenInUtcWithItsDayWrittenTheSameWay() {
		Instant moment = Instant.parse("2026-12-02T16:52:28Z");
		assertThat(dates.dateTime(moment, Locale.ENGLISH)).isEqualTo("2 December 2026, 16:52 UTC");
		assertThat(dates.dateTime(moment, Locale.FRENCH)).isEqualTo("2 décembre 2026 à 16:52 UTC");
		assertThat(dates.dateTime(moment, Language.SPANISH.locale())).isEqualTo("2 de diciembre de 2026, 16:52 UTC");
		assertThat(dates.dateTime(moment, Language.ARABIC.locale())).isEqualTo("2 ديسمبر 2026، 16:52 UTC");
		assertThat(dates.date(moment, Locale.ENGLISH)).isEqualTo("2 December 2026");
		assertThat(dates.date(null, Locale.ENGLISH)).isEmpty();
	}

}
