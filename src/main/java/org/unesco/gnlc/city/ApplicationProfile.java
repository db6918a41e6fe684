package org.unesco.gnlc.city;

import java.math.BigDecimal;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * What a membership application answered that belongs on the city's public profile, for
 * {@link Cities#carryFromApplication}: the application's reference and when it was
 * submitted, the website, the mayor, and each figure with the year it refers to.
 */
public record ApplicationProfile(String reference, Instant submittedAt, @Nullable String website,
		@Nullable String mayorName, @Nullable String mayorTitle, @Nullable Long population,
		@Nullable Integer populationYear, @Nullable BigDecimal areaKm2, @Nullable Integer areaYear,
		@Nullable Integer gdpPerCapitaUsd, @Nullable Integer gdpPerCapitaYear, @Nullable Integer countryGdpPerCapitaUsd,
		@Nullable Integer countryGdpPerCapitaYear, @Nullable BigDecimal schoolingYearsMen,
		@Nullable Integer schoolingYearsMenYear, @Nullable BigDecimal schoolingYearsWomen,
		@Nullable Integer schoolingYearsWomenYear) {
}
