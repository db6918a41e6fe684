package org.unesco.gnlc.shared.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAccessor;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The one way the portal writes a date and a moment, per language, on every page, mail
 * and PDF: “2 December 2026”, “2 décembre 2026”, “2 de diciembre de 2026”, “2 ديسمبر
 * 2026”, and with the time of day in UTC, so that everyone reads the same moment.
 * Templates call it as {@code ${@dates.date(value, #locale)}} and
 * {@code ${@dates.dateTime(value, #locale)}} (and {@code ${@dates.machine(value)}} for a
 * {@code time} element's {@code datetime}); none writes a pattern of its own
 * ({@code DateFormatsTests}).
 */
@Component("dates")
public class Dates {

	private static final Map<Language, DateTimeFormatter> DATES = formatters(false);

	private static final Map<Language, DateTimeFormatter> DATE_TIMES = formatters(true);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	/** The day, in the language of the locale. */
	public String date(@Nullable TemporalAccessor value, Locale locale) {
		return value == null ? "" : formatter(Language.of(locale), false).format(inUtc(value));
	}

	/** The day and the time of day, in UTC. */
	public String dateTime(@Nullable TemporalAccessor value, Locale locale) {
		return value == null ? "" : formatter(Language.of(locale), true).format(inUtc(value));
	}

	/**
	 * The day with its weekday, capitalised as a sentence begins: “Monday 28 September
	 * 2015” (Arabic has no capitals).
	 */
	public String weekday(LocalDate date, Locale locale) {
		Language language = Language.of(locale);
		String day = language == Language.SPANISH ? "EEEE d 'de' MMMM 'de' yyyy" : "EEEE d MMMM yyyy";
		String text = date.format(DateTimeFormatter.ofPattern(day, language.locale()));
		return text.substring(0, 1).toUpperCase(locale) + text.substring(1);
	}

	/** The day without its year, the start of a range that ends in the same year. */
	public String dayAndMonth(LocalDate date, Locale locale) {
		Language language = Language.of(locale);
		String day = language == Language.SPANISH ? "d 'de' MMMM" : "d MMMM";
		return date.format(DateTimeFormatter.ofPattern(day, language.locale()));
	}

	/**
	 * The time of day: a moment in UTC (“16:52 UTC”), a local time as it is (“16:52”, an
	 * agenda in the conference's own time zone).
	 */
	public String time(@Nullable TemporalAccessor value) {
		if (value == null) {
			return "";
		}
		boolean moment = value instanceof Instant || value instanceof OffsetDateTime || value instanceof ZonedDateTime;
		return moment ? TIME.format(inUtc(value)) + " UTC" : TIME.format(value);
	}

	/**
	 * The moment as a machine reads it, for the {@code datetime} of a {@code time}
	 * element: ISO 8601 in UTC, to the second.
	 */
	public String machine(Instant moment) {
		return DateTimeFormatter.ISO_INSTANT.format(moment.truncatedTo(ChronoUnit.SECONDS));
	}

	private static TemporalAccessor inUtc(TemporalAccessor value) {
		if (value instanceof Instant instant) {
			return instant.atZone(ZoneOffset.UTC);
		}
		if (value instanceof OffsetDateTime offset) {
			return offset.atZoneSameInstant(ZoneOffset.UTC);
		}
		if (value instanceof ZonedDateTime zoned) {
			return zoned.withZoneSameInstant(ZoneOffset.UTC);
		}
		return value;
	}

	private static DateTimeFormatter formatter(Language language, boolean withTime) {
		return (withTime ? DATE_TIMES : DATES).get(language);
	}

	private static Map<Language, DateTimeFormatter> formatters(boolean withTime) {
		Map<Language, DateTimeFormatter> formatters = new EnumMap<>(Language.class);
		for (Language language : Language.values()) {
			formatters.put(language, pattern(language, withTime));
		}
		return formatters;
	}

	private static DateTimeFormatter pattern(Language language, boolean withTime) {
		String day = language == Language.SPANISH ? "d 'de' MMMM 'de' yyyy" : "d MMMM yyyy";
		String time = switch (language) {
			case FRENCH -> " 'à' HH:mm 'UTC'";
			case ARABIC -> "، HH:mm 'UTC'";
			default -> ", HH:mm 'UTC'";
		};
		return DateTimeFormatter.ofPattern(withTime ? day + time : day, language.locale());
	}

}
