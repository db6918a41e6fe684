package org.unesco.gnlc.city;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.unesco.gnlc.shared.web.Dates;

/**
 * Numbers and dates as the reader writes them (134,967 in English, 134 967 in French),
 * for the templates as {@code fmt}: a figure keeps its decimals only where it has any
 * (527, 111.63).
 */
record Figures(Locale locale) {

	private static final Dates DATES = new Dates();

	/**
	 * A value of the profile's history as the profile shows it: a figure as a number of
	 * the reader's language.
	 */
	public @Nullable String value(ProfileField field, @Nullable String text) {
		if (text == null || !field.isFigure()) {
			return text;
		}
		try {
			return number(new BigDecimal(text));
		}
		catch (NumberFormatException notANumber) {
			return text;
		}
	}

	public String number(@Nullable Number value) {
		if (value == null) {
			return "";
		}
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setMaximumFractionDigits(2);
		return format.format(value instanceof BigDecimal decimal ? decimal.stripTrailingZeros() : value);
	}

	/**
	 * A moment in UTC, which the page says: the portal serves every time zone. As every
	 * page writes it.
	 */
	public String moment(Instant instant) {
		return DATES.dateTime(instant, locale);
	}

	public String date(@Nullable LocalDate date) {
		return DATES.date(date, locale);
	}

}
