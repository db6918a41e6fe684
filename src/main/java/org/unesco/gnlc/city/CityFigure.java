package org.unesco.gnlc.city;

import org.jspecify.annotations.Nullable;

/**
 * One figure of a city's public profile for other features to pre-fill from: its label (a
 * message key such as {@code city.field.POPULATION}), its value as plain text, the year
 * it refers to and the profile's source of figures.
 */
public record CityFigure(String labelKey, String value, @Nullable Integer year, @Nullable String source) {
}
