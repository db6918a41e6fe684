package org.unesco.gnlc.membership;

import java.math.BigDecimal;

import jakarta.persistence.Embeddable;

import org.jspecify.annotations.Nullable;

/**
 * The answers of UIL's membership form, section by section, as stored with the
 * application.
 */
final class ApplicationData {

	private ApplicationData() {
	}

	@Embeddable
	record CityDetails(@Nullable String cityName, @Nullable String website) {
	}

	@Embeddable
	record Mayor(@Nullable String mayorSalutation, @Nullable String mayorName, @Nullable String mayorTitle) {
	}

	@Embeddable
	record ContactPerson(@Nullable String contactName, @Nullable String contactTitle,
			@Nullable String contactOrganisation, @Nullable String contactAddress, @Nullable String contactPhone,
			@Nullable String contactEmail, @Nullable String contactLanguage) {
	}

	@Embeddable
	record Pledge(@Nullable Boolean pledgeBeijingDeclaration, @Nullable Boolean pledgeKeyFeatures) {
	}

	/** The public profile of the city: each figure with the year it refers to. */
	@Embeddable
	record CityProfile(@Nullable Long population, @Nullable Integer populationYear, @Nullable BigDecimal areaKm2,
			@Nullable Integer areaYear, @Nullable BigDecimal gdpCityUsd, @Nullable Integer gdpCityYear,
			@Nullable BigDecimal gdpCountryUsd, @Nullable Integer gdpCountryYear, @Nullable BigDecimal schoolingMen,
			@Nullable Integer schoolingMenYear, @Nullable BigDecimal schoolingWomen,
			@Nullable Integer schoolingWomenYear) {
	}

	@Embeddable
	record Implementation(@Nullable String implementation, @Nullable String implementationLinks) {
	}

}
