package org.unesco.gnlc.shared.web;

import java.text.DecimalFormatSymbols;
import java.text.ParseException;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;

import lombok.RequiredArgsConstructor;

import org.springframework.format.Formatter;

/**
 * Whole numbers as people write them: {@code 149607}, and with the thousands grouped as
 * their language writes them ({@code 149,607} in English, {@code 149.607} in Spanish,
 * {@code 149 607} everywhere, with an ordinary or a non-breaking space). A separator that
 * could be a decimal one in the language ({@code 149,607} in French or Spanish,
 * {@code 149.607} in English) is no grouping: such a value is refused as not a whole
 * number rather than read a thousand times too large or too small. Printed back into a
 * form without grouping.
 */
@RequiredArgsConstructor
final class WholeNumbers<T extends Number> implements Formatter<T> {

	private static final Pattern DIGITS = Pattern.compile("-?\\d+");

	private final Function<String, T> parser;

	static WholeNumbers<Long> longs() {
		return new WholeNumbers<>(Long::valueOf);
	}

	static WholeNumbers<Integer> integers() {
		return new WholeNumbers<>(Integer::valueOf);
	}

	@Override
	public T parse(String text, Locale locale) throws ParseException {
		String digits = withoutGrouping(text.strip(), locale);
		if (!DIGITS.matcher(digits).matches()) {
			throw new ParseException(text, 0);
		}
		try {
			return parser.apply(digits);
		}
		catch (NumberFormatException tooLarge) {
			throw new ParseException(text, 0);
		}
	}

	@Override
	public String print(T number, Locale locale) {
		return number.toString();
	}

	/** The digits of a number grouped by threes with one of the language's separators. */
	static String withoutGrouping(String text, Locale locale) {
		char decimal = DecimalFormatSymbols.getInstance(locale).getDecimalSeparator();
		String separators = " \u00A0\u202F" + (decimal == '.' ? "," : decimal == ',' ? "." : "");
		String pattern = "-?\\d{1,3}([" + Pattern.quote(separators) + "])\\d{3}(\\1\\d{3})*";
		if (text.matches(pattern)) {
			return text.replaceAll("[" + Pattern.quote(separators) + "]", "");
		}
		return text;
	}

}
