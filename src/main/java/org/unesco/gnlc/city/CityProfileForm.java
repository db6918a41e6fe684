package org.unesco.gnlc.city;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * The public profile as its editor fills it in: each figure with the year it refers to,
 * the website, the text and the source of the figures; the date of joining for UIL only.
 * The version is the one the editor saw, so that a concurrent edit is never overwritten.
 *
 * <p>
 * Every field is text, checked here by pattern and read by {@link #values()}: whatever is
 * typed, the form is built and comes back with what was typed and what is wrong with it
 * (a record with number fields could not be built from 134,967 typed with a comma).
 * Ranges and years are checked by {@link FigureRanges#check}, which is given the current
 * profile and today's date.
 */
record CityProfileForm(@Nullable @Pattern(regexp = WHOLE) String population,
		@Nullable @Pattern(regexp = YEAR) String populationYear,
		@Nullable @Pattern(regexp = "\\d{1,8}(\\.\\d{1,2})?") String areaKm2,
		@Nullable @Pattern(regexp = YEAR) String areaYear, @Nullable @Pattern(regexp = WHOLE) String gdpPerCapitaUsd,
		@Nullable @Pattern(regexp = YEAR) String gdpPerCapitaYear,
		@Nullable @Pattern(regexp = WHOLE) String countryGdpPerCapitaUsd,
		@Nullable @Pattern(regexp = YEAR) String countryGdpPerCapitaYear,
		@Nullable @Pattern(regexp = SCHOOLING) String schoolingYearsMen,
		@Nullable @Pattern(regexp = YEAR) String schoolingYearsMenYear,
		@Nullable @Pattern(regexp = SCHOOLING) String schoolingYearsWomen,
		@Nullable @Pattern(regexp = YEAR) String schoolingYearsWomenYear,
		@Nullable @Size(max = 300) @Pattern(regexp = "https?://[^\\s<>\"]+\\.[^\\s<>\"]+") String website,
		@Nullable @Size(max = 2000) String profileText, @Nullable @Size(max = 300) String figuresSource,
		@Nullable @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}") String memberSince,
		@NotNull @Pattern(regexp = "\\d{1,18}") String version) {

	static final String WHOLE = "\\d{1,12}";

	static final String YEAR = "\\d{4}";

	static final String SCHOOLING = "\\d{1,2}(\\.\\d)?";

	static CityProfileForm of(CityProfileView city) {
		ProfileValues values = city.profile();
		return new CityProfileForm(text(values.population()), text(values.populationYear()), text(values.areaKm2()),
				text(values.areaYear()), text(values.gdpPerCapitaUsd()), text(values.gdpPerCapitaYear()),
				text(values.countryGdpPerCapitaUsd()), text(values.countryGdpPerCapitaYear()),
				text(values.schoolingYearsMen()), text(values.schoolingYearsMenYear()),
				text(values.schoolingYearsWomen()), text(values.schoolingYearsWomenYear()), values.website(),
				values.profileText(), values.figuresSource(), text(values.memberSince()),
				Long.toString(city.version()));
	}

	long seenVersion() {
		return Long.parseLong(version);
	}

	/**
	 * The values to save, read from fields that passed their pattern: a value that did
	 * not is read as empty (it is reported as an error anyway). Text keeps its
	 * paragraphs.
	 */
	ProfileValues values() {
		return new ProfileValues(whole(population), year(populationYear), decimal(areaKm2), year(areaYear),
				integer(gdpPerCapitaUsd), year(gdpPerCapitaYear), integer(countryGdpPerCapitaUsd),
				year(countryGdpPerCapitaYear), decimal(schoolingYearsMen), year(schoolingYearsMenYear),
				decimal(schoolingYearsWomen), year(schoolingYearsWomenYear), clean(website), cleanText(profileText),
				clean(figuresSource), date(memberSince), null, null);
	}

	/** A date typed in the form of a date that does not exist, such as 2019-02-30. */
	boolean memberSinceIsNoDate() {
		return clean(memberSince) != null && date(memberSince) == null;
	}

	private static @Nullable String text(@Nullable Object value) {
		return ProfileField.text(value);
	}

	private static @Nullable Long whole(@Nullable String value) {
		String clean = clean(value);
		return clean == null || !clean.matches(WHOLE) ? null : Long.valueOf(clean);
	}

	private static @Nullable Integer integer(@Nullable String value) {
		Long number = whole(value);
		return number == null || number > Integer.MAX_VALUE ? null : number.intValue();
	}

	private static @Nullable Integer year(@Nullable String value) {
		String clean = clean(value);
		return clean == null || !clean.matches(YEAR) ? null : Integer.valueOf(clean);
	}

	private static @Nullable BigDecimal decimal(@Nullable String value) {
		String clean = clean(value);
		return clean == null || !clean.matches("\\d{1,8}(\\.\\d{1,2})?") ? null : new BigDecimal(clean);
	}

	private static @Nullable LocalDate date(@Nullable String value) {
		String clean = clean(value);
		if (clean == null) {
			return null;
		}
		try {
			return LocalDate.parse(clean);
		}
		catch (DateTimeParseException notADate) {
			return null;
		}
	}

	private static @Nullable String clean(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static @Nullable String cleanText(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		return value.replace("\r\n", "\n").replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
	}

}
