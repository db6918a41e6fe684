package org.unesco.gnlc.award;

import jakarta.persistence.Embeddable;

import org.jspecify.annotations.Nullable;

/**
 * The "city and contacts" section of an Award application: who signs, whom UIL contacts,
 * the city's population and a short summary of its learning city. Pre-filled from the
 * city's membership record where the portal has one.
 */
@Embeddable
public record CityProfile(@Nullable String mayorName, @Nullable String mayorTitle, @Nullable String contactName,
		@Nullable String contactTitle, @Nullable String contactEmail, @Nullable String contactPhone,
		@Nullable Long population, @Nullable String summary) {

	static final CityProfile EMPTY = new CityProfile(null, null, null, null, null, null, null, null);

}
