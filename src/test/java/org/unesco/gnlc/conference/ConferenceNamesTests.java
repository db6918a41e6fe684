package org.unesco.gnlc.conference;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Ordinals, dates and slugs as the records write them in each language. */
class ConferenceNamesTests {

	@Test
	void ordinalsFollowEachLanguage() {
		assertThat(ConferenceNames.ordinal(1, Locale.ENGLISH)).isEqualTo("1st");
		assertThat(ConferenceNames.ordinal(2, Locale.ENGLISH)).isEqualTo("2nd");
		assertThat(ConferenceNames.ordinal(3, Locale.ENGLISH)).isEqualTo("3rd");
		assertThat(ConferenceNames.ordinal(11, Locale.ENGLISH)).isEqualTo("11th");
		assertThat(ConferenceNames.ordinal(12, Locale.ENGLISH)).isEqualTo("12th");
		assertThat(ConferenceNames.ordinal(21, Locale.ENGLISH)).isEqualTo("21st");
		assertThat(ConferenceNames.ordinal(1, Locale.FRENCH)).isEqualTo("1re");
		assertThat(ConferenceNames.ordinal(2, Locale.FRENCH)).isEqualTo("2e");
		assertThat(ConferenceNames.ordinal(2, Locale.forLanguageTag("es"))).isEqualTo("2.ª");
	}

	@Test
	void dateRangesReadNaturally() {
		ConferenceDates dates = new ConferenceDates();
		LocalDate start = LocalDate.of(2015, 9, 28);
		assertThat(dates.range(start, LocalDate.of(2015, 9, 30), Locale.ENGLISH)).isEqualTo("28–30 September 2015");
		assertThat(dates.range(start, LocalDate.of(2015, 9, 30), Locale.FRENCH)).isEqualTo("28–30 septembre 2015");
		assertThat(dates.range(start, LocalDate.of(2015, 9, 30), Locale.forLanguageTag("es")))
			.isEqualTo("28–30 de septiembre de 2015");
		assertThat(dates.range(LocalDate.of(2024, 11, 30), LocalDate.of(2024, 12, 3), Locale.ENGLISH))
			.isEqualTo("30 November – 3 December 2024");
		assertThat(dates.range(LocalDate.of(2024, 12, 30), LocalDate.of(2025, 1, 2), Locale.ENGLISH))
			.isEqualTo("30 December 2024 – 2 January 2025");
		assertThat(dates.weekday(start, Locale.FRENCH)).isEqualTo("Lundi 28 septembre 2015");
	}

	@Test
	void peopleGetAddressesWithoutAccents() {
		assertThat(PersonEditor.slugOf(null, "María del Carmen Benítez Díaz"))
			.isEqualTo("maria-del-carmen-benitez-diaz");
		assertThat(PersonEditor.slugOf("", "Criona Ní Dhálaigh")).isEqualTo("criona-ni-dhalaigh");
		assertThat(PersonEditor.slugOf("/people/Jose-Siri", "ignored")).isEqualTo("jose-siri");
		assertThat(PersonEditor.slugOf(null, "王晓明")).isEqualTo("person");
	}

	@Test
	void typedTextIsCleaned() {
		assertThat(Texts.line("  Plenary \t Session\u0000 3 ")).isEqualTo("Plenary Session 3");
		assertThat(Texts.line("   ")).isNull();
		assertThat(Texts.paragraphs("One.\r\n\r\n\r\n\r\nTwo.  \n")).isEqualTo("One.\n\nTwo.");
		assertThat(Texts.lines("UNESCO\n\n  Government of Mexico City  \n")).containsExactly("UNESCO",
				"Government of Mexico City");
		assertThat(Texts.line("marker\uE000inside")).isEqualTo("markerinside");
	}

}
