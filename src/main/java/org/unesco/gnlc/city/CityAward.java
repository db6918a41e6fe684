package org.unesco.gnlc.city;

import org.jspecify.annotations.Nullable;

/**
 * A UNESCO Learning City Award received by a city: the year of the cycle and, where
 * recorded, who received it for the city at the ceremony.
 */
public record CityAward(long cityId, int year, @Nullable String representativeName,
		@Nullable String representativeTitle) {
}
