package org.unesco.gnlc.city;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The public profile as its editor fills it in: each figure with the year it refers to, the
 * website, the text and the source of the figures; the date of joining for UIL only. The
 * version is the one the editor saw, so that a concurrent edit is never overwritten.
 */
record CityProfileForm(@Nullable @Min(1) @Max(100_000_000) Long population,
		@Nullable Integer populationYear,
		@Nullable @DecimalMin("0.01") @DecimalMax("10000000") @Digits(integer = 8, fraction = 2) BigDecimal areaKm2,
		@Nullable Integer areaYear,
		@Nullable @Min(1) @Max(1_000_000) Integer gdpPerCapitaUsd,
		@Nullable Integer gdpPerCapitaYear,
		@Nullable @Min(1) @Max(1_000_000) Integer countryGdpPerCapitaUsd,
		@Nullable Integer countryGdpPerCapitaYear,
		@Nullable @DecimalMin("0") @DecimalMax("25") @Digits(integer = 2, fraction = 1) BigDecimal schoolingYearsMen,
		@Nullable Integer schoolingYearsMenYear,
		@Nullable @DecimalMin("0") @DecimalMax("25") @Digits(integer = 2, fraction = 1) BigDecimal schoolingYearsWomen,
		@Nullable Integer schoolingYearsWomenYear,
		@Nullable @Size(max = 300) @Pattern(regexp = "\\s*(https?://[^\\s<>\"]+\\.[^\\s<>\"]+\\s*)?") String website,
		@Nullable @Size(max = 2000) String profileText, @Nullable @Size(max = 300) String figuresSource,
		@Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate memberSince, @NotNull Long version) {

	static CityProfileForm of(CityProfileView city) {
		ProfileValues values = city.profile();
		return new CityProfileForm(values.population(), values.populationYear(), values.areaKm2(), values.areaYear(),
				values.gdpPerCapitaUsd(), values.gdpPerCapitaYear(), values.countryGdpPerCapitaUsd(),
				values.countryGdpPerCapitaYear(), values.schoolingYearsMen(), values.schoolingYearsMenYear(),
				values.schoolingYearsWomen(), values.schoolingYearsWomenYear(), values.website(), values.profileText(),
				values.figuresSource(), values.memberSince(), city.version());
	}

	/** The values to save: blank texts become empty, text keeps its paragraphs but loses trailing spaces. */
	ProfileValues values() {
		return new ProfileValues(population, populationYear, areaKm2, areaYear, gdpPerCapitaUsd, gdpPerCapitaYear,
				countryGdpPerCapitaUsd, countryGdpPerCapitaYear, schoolingYearsMen, schoolingYearsMenYear,
				schoolingYearsWomen, schoolingYearsWomenYear, clean(website), cleanText(profileText),
				clean(figuresSource), memberSince);
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
