package org.unesco.gnlc.city;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A part of a city's public profile contributed by another feature, for instance the
 * conferences where the city had a role. The contributing feature declares a bean of this
 * type; the profile shows every section that answers, in {@link #order()}. Each section
 * must cost at most one query, whatever the size of the data.
 */
public interface CityProfileSection {

	Optional<Section> sectionFor(long cityId, Locale locale);

	default int order() {
		return 100;
	}

	/** A heading (message key) and its lines, each a link where {@code href} is given. */
	record Section(String headingKey, List<Line> lines) {
	}

	/** One line, already in the reader's language. */
	record Line(String text, @Nullable String href) {
	}

}
