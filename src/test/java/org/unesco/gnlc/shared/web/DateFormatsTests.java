package org.unesco.gnlc.shared.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

	private static final Pattern OWN_PATTERN = Pattern
		.compile("DateTimeFormatter\\.ofPattern|DateTimeFormatter\\.ofLocalized|SimpleDateFormat|%t[A-Za-z]");

	/**
	 * The only classes besides {@link Dates} that write a date with a pattern of their
	 * own, each for a machine or a file rather than a page.
	 */
	private static final Map<String, String> MACHINE_FORMATS = Map.of("award/DecisionPack.java",
			"the CSV export's moments stay one fixed form for spreadsheets; its PDF uses Dates");

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
	void noClassButDatesFormatsADateWithAPatternOfItsOwn() throws IOException {
		Path sources = Path.of("src/main/java/org/unesco/gnlc");
		try (Stream<Path> files = Files.walk(sources)) {
			List<String> offending = files.filter(file -> file.toString().endsWith(".java"))
				.filter(file -> !file.endsWith(Path.of("shared/web/Dates.java")))
				.filter(file -> !MACHINE_FORMATS.containsKey(sources.relativize(file).toString().replace('\\', '/')))
				.filter(file -> {
					try {
						return OWN_PATTERN.matcher(Files.readString(file)).find();
					}
					catch (IOException unreadable) {
						throw new IllegalStateException(unreadable);
					}
				})
				.map(Path::toString)
				.toList();
			assertThat(offending).isEmpty();
		}
	}

	@Test
	void aWeekdayARangeStartAndATimeOfDayAreWrittenByDatesToo() {
		LocalDate day = LocalDate.of(2015, 9, 28);
		assertThat(dates.weekday(day, Locale.ENGLISH)).isEqualTo("Monday 28 September 2015");
		assertThat(dates.weekday(day, Locale.FRENCH)).isEqualTo("Lundi 28 septembre 2015");
		assertThat(dates.weekday(day, Language.SPANISH.locale())).isEqualTo("Lunes 28 de septiembre de 2015");
		assertThat(dates.dayAndMonth(day, Language.SPANISH.locale())).isEqualTo("28 de septiembre");
		assertThat(dates.time(LocalTime.of(9, 30))).isEqualTo("09:30");
		assertThat(dates.time(Instant.parse("2026-12-02T16:52:28Z"))).isEqualTo("16:52 UTC");
		assertThat(dates.time(null)).isEmpty();
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
