package org.unesco.gnlc.city;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The editable part of a city's public profile: each figure with the year it refers to,
 * the official website, the profile text, the source of the figures, the date of joining
 * and the mayor (whom an admission carries from the membership application).
 */
record ProfileValues(@Nullable Long population, @Nullable Integer populationYear, @Nullable BigDecimal areaKm2,
		@Nullable Integer areaYear, @Nullable Integer gdpPerCapitaUsd, @Nullable Integer gdpPerCapitaYear,
		@Nullable Integer countryGdpPerCapitaUsd, @Nullable Integer countryGdpPerCapitaYear,
		@Nullable BigDecimal schoolingYearsMen, @Nullable Integer schoolingYearsMenYear,
		@Nullable BigDecimal schoolingYearsWomen, @Nullable Integer schoolingYearsWomenYear, @Nullable String website,
		@Nullable String profileText, @Nullable String figuresSource, @Nullable LocalDate memberSince,
		@Nullable String mayorName, @Nullable String mayorTitle) {

	ProfileValues withMemberSince(@Nullable LocalDate date) {
		return new ProfileValues(population, populationYear, areaKm2, areaYear, gdpPerCapitaUsd, gdpPerCapitaYear,
				countryGdpPerCapitaUsd, countryGdpPerCapitaYear, schoolingYearsMen, schoolingYearsMenYear,
				schoolingYearsWomen, schoolingYearsWomenYear, website, profileText, figuresSource, date, mayorName,
				mayorTitle);
	}

	/** The same profile with this mayor (the edit form leaves the mayor as recorded). */
	ProfileValues withMayor(@Nullable String name, @Nullable String title) {
		return new ProfileValues(population, populationYear, areaKm2, areaYear, gdpPerCapitaUsd, gdpPerCapitaYear,
				countryGdpPerCapitaUsd, countryGdpPerCapitaYear, schoolingYearsMen, schoolingYearsMenYear,
				schoolingYearsWomen, schoolingYearsWomenYear, website, profileText, figuresSource, memberSince, name,
				title);
	}

	/**
	 * These values with what an import gives (a null leaves the value as it is: an import
	 * adds and updates, never erases).
	 */
	ProfileValues withImported(@Nullable Long population, @Nullable Integer populationYear,
			@Nullable BigDecimal areaKm2, @Nullable String website, @Nullable LocalDate memberSince) {
		return new ProfileValues(population != null ? population : this.population,
				populationYear != null ? populationYear : this.populationYear, areaKm2 != null ? areaKm2 : this.areaKm2,
				areaYear, gdpPerCapitaUsd, gdpPerCapitaYear, countryGdpPerCapitaUsd, countryGdpPerCapitaYear,
				schoolingYearsMen, schoolingYearsMenYear, schoolingYearsWomen, schoolingYearsWomenYear,
				website != null ? website : this.website, profileText, figuresSource,
				memberSince != null ? memberSince : this.memberSince, mayorName, mayorTitle);
	}

}
