package org.unesco.gnlc.conference;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.unesco.gnlc.city.Cities;
import org.unesco.gnlc.city.CityInfo;

/**
 * The cities a record names, as links to their profiles (/cities/{slug}), found through
 * the city module's {@link Cities}: a page looks up all its cities in one statement by
 * id, without joining the city table into the record's queries.
 */
@Component
@RequiredArgsConstructor
class ConferenceCityLinks {

	/** A city as a link: its profile address and its name. */
	record CityLink(long id, String slug, String name) {
	}

	private final Cities cities;

	/** The cities of these ids (unknown ids are left out), in one statement. */
	Map<Long, CityLink> byIds(Collection<Long> ids) {
		var distinct = ids.stream().filter(Objects::nonNull).distinct().toList();
		if (distinct.isEmpty()) {
			return Map.of();
		}
		return cities.byIds(distinct)
			.stream()
			.collect(Collectors.toMap(CityInfo::id, city -> new CityLink(city.id(), city.slug(), city.name())));
	}

	/** The city at /cities/{slug}, for a form where UIL names a city by its address. */
	Optional<CityInfo> bySlug(@Nullable String slug) {
		if (slug == null || slug.isBlank()) {
			return Optional.empty();
		}
		String clean = slug.strip().toLowerCase(Locale.ROOT);
		int lastSlash = clean.lastIndexOf('/');
		return cities.bySlug(lastSlash >= 0 ? clean.substring(lastSlash + 1) : clean);
	}

	Optional<CityInfo> byId(@Nullable Long id) {
		return id == null ? Optional.empty() : cities.byId(id);
	}

}
