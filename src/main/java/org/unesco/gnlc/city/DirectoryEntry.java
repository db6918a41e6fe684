package org.unesco.gnlc.city;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.unesco.gnlc.reference.UnescoRegion;

/**
 * A member city as the directory lists it and the open data publishes it;
 * {@code suspended} when UIL suspended its membership (a missing progress report).
 */
record DirectoryEntry(long id, String slug, String name, String countryCode, String countryName, UnescoRegion region,
		@Nullable Long population, @Nullable Integer populationYear, @Nullable BigDecimal areaKm2,
		@Nullable Integer areaYear, @Nullable Integer gdpPerCapitaUsd, @Nullable Integer gdpPerCapitaYear,
		@Nullable Integer countryGdpPerCapitaUsd, @Nullable Integer countryGdpPerCapitaYear,
		@Nullable BigDecimal schoolingYearsMen, @Nullable Integer schoolingYearsMenYear,
		@Nullable BigDecimal schoolingYearsWomen, @Nullable Integer schoolingYearsWomenYear, @Nullable String website,
		@Nullable LocalDate memberSince, List<Integer> awardYears, boolean suspended) {

	public String profilePath() {
		return "/cities/" + slug;
	}

}
