package org.unesco.gnlc.conference;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.unesco.gnlc.shared.web.Dates;

/**
 * Dates as the records write them, in the reader's language: “28–30 September 2015”,
 * “28–30 septembre 2015”, “28–30 de septiembre de 2015”; used by the templates as
 * {@code @conferenceDates}.
 */
@Component("conferenceDates")
class ConferenceDates {

	private static final Dates DATES = new Dates();

	/** A day as every page writes it. */
	public String day(@Nullable LocalDate date, Locale locale) {
		return DATES.date(date, locale);
	}

	/** “Monday 28 September 2015”. */
	public String weekday(LocalDate date, Locale locale) {
		return DATES.weekday(date, locale);
	}

	public String range(@Nullable LocalDate start, @Nullable LocalDate end, Locale locale) {
		if (start == null) {
			return "";
		}
		if (end == null || end.equals(start)) {
			return day(start, locale);
		}
		if (start.getYear() != end.getYear()) {
			return day(start, locale) + " – " + day(end, locale);
		}
		if (start.getMonth() != end.getMonth()) {
			return DATES.dayAndMonth(start, locale) + " – " + day(end, locale);
		}
		return start.getDayOfMonth() + "–" + day(end, locale);
	}

	public String time(@Nullable LocalTime time) {
		return DATES.time(time);
	}

	public String span(@Nullable LocalTime start, @Nullable LocalTime end) {
		if (start == null) {
			return "";
		}
		return end == null ? time(start) : time(start) + "–" + time(end);
	}

}
