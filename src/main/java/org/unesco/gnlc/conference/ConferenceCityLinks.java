package org.unesco.gnlc.conference;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.unesco.gnlc.city.Cities;
import org.unesco.gnlc.city.CityInfo;

/**
 * The cities a record names, as links to their profiles (/cities/{slug}). A page looks up all
 * its cities in one statement by id, without joining the city table into the record's queries;
 * single cities typed into a form are found through {@link Cities}.
 */
@Component
class ConferenceCityLinks {

	/** A city as a link: its profile address and its name. */
	record CityLink(long id, String slug, String name) {
	}

	private final JdbcClient jdbc;

	private final Cities cities;

	ConferenceCityLinks(JdbcClient jdbc, Cities cities) {
		this.jdbc = jdbc;
		this.cities = cities;
	}

	/** The cities of these ids (unknown ids are left out), in one statement. */
	Map<Long, CityLink> byIds(Collection<Long> ids) {
		var distinct = ids.stream().filter(Objects::nonNull).distinct().toList();
		if (distinct.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql("select id, slug, name from city where id in (:ids)")
			.param("ids", distinct)
			.query((rs, row) -> new CityLink(rs.getLong("id"), rs.getString("slug"), rs.getString("name")))
			.list()
			.stream()
			.collect(Collectors.toMap(CityLink::id, Function.identity()));
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
