package org.unesco.gnlc.membership;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.jspecify.annotations.Nullable;
import org.unesco.gnlc.city.ApplicationProfile;
import org.unesco.gnlc.membership.ApplicationData.CityProfile;

/**
 * What of an admitted city's application belongs on its public profile: the website, the
 * mayor and each figure with its year, in the profile's units (whole dollars, areas to
 * the hundredth, years of schooling to the tenth).
 */
final class ProfileAnswers {

	private ProfileAnswers() {
	}

	static ApplicationProfile of(MembershipApplication application) {
		if (application.reference() == null || application.submittedAt() == null) {
			throw new IllegalStateException("Only a submitted application has answers for the profile");
		}
		CityProfile figures = application.profile();
		return new ApplicationProfile(application.reference(), application.submittedAt(),
				application.cityDetails().website(), application.mayor().mayorName(), application.mayor().mayorTitle(),
				figures.population(), figures.populationYear(), scaled(figures.areaKm2(), 2), figures.areaYear(),
				whole(figures.gdpCityUsd()), figures.gdpCityYear(), whole(figures.gdpCountryUsd()),
				figures.gdpCountryYear(), scaled(figures.schoolingMen(), 1), figures.schoolingMenYear(),
				scaled(figures.schoolingWomen(), 1), figures.schoolingWomenYear());
	}

	private static @Nullable BigDecimal scaled(@Nullable BigDecimal value, int decimals) {
		return value == null ? null : value.setScale(decimals, RoundingMode.HALF_UP);
	}

	private static @Nullable Integer whole(@Nullable BigDecimal value) {
		return value == null ? null : value.setScale(0, RoundingMode.HALF_UP).intValueExact();
	}

}
