package org.unesco.gnlc.shared.web;

import java.text.ParseException;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** D10: whole numbers are read as the person's language groups the thousands. */
class WholeNumbersTests {

	WholeNumbers<Long> numbers = WholeNumbers.longs();

	@Test
	void anEnglishReaderMayGroupTheThousandsWithCommasOrSpaces() throws ParseException {
		assertThat(numbers.parse("149,607", Locale.ENGLISH)).isEqualTo(149_607L);
		assertThat(numbers.parse("1,149,607", Locale.ENGLISH)).isEqualTo(1_149_607L);
		assertThat(numbers.parse("149 607", Locale.ENGLISH)).isEqualTo(149_607L);
		assertThat(numbers.parse(" 149607 ", Locale.ENGLISH)).isEqualTo(149_607L);
	}

	@Test
	void aSpanishOrFrenchReaderMayGroupThemWithDotsOrSpaces() throws ParseException {
		assertThat(numbers.parse("149.607", Locale.forLanguageTag("es"))).isEqualTo(149_607L);
		assertThat(numbers.parse("149 607", Locale.FRENCH)).isEqualTo(149_607L);
		assertThat(numbers.parse("149\u202F607", Locale.FRENCH)).isEqualTo(149_607L);
		assertThat(numbers.parse("149\u00A0607", Locale.forLanguageTag("es"))).isEqualTo(149_607L);
	}

	@Test
	void aSeparatorThatCouldBeADecimalOneOrAGroupingNotByThreesIsRefused() {
		assertThatExceptionOfType(ParseException.class).isThrownBy(() -> numbers.parse("149.607", Locale.ENGLISH));
		assertThatExceptionOfType(ParseException.class).isThrownBy(() -> numbers.parse("149,607", Locale.FRENCH));
		assertThatExceptionOfType(ParseException.class)
			.isThrownBy(() -> numbers.parse("149,607", Locale.forLanguageTag("es")));
		assertThatExceptionOfType(ParseException.class).isThrownBy(() -> numbers.parse("14,9607", Locale.ENGLISH));
		assertThatExceptionOfType(ParseException.class).isThrownBy(() -> numbers.parse("149,607 12", Locale.ENGLISH));
		assertThatExceptionOfType(ParseException.class).isThrownBy(() -> numbers.parse("12.5", Locale.ENGLISH));
		assertThatExceptionOfType(ParseException.class).isThrownBy(() -> numbers.parse("abc", Locale.ENGLISH));
		assertThatExceptionOfType(ParseException.class)
			.isThrownBy(() -> numbers.parse("99999999999999999999", Locale.ENGLISH));
	}

	@Test
	void aNumberIsPrintedIntoAFormWithoutGrouping() {
		assertThat(numbers.print(149_607L, Locale.ENGLISH)).isEqualTo("149607");
	}

}
