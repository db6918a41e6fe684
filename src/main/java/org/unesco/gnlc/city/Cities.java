package org.unesco.gnlc.city;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The cities of the network, for every other feature. */
@Service
@Transactional(readOnly = true)
public class Cities {

	private final CityRepository cities;

	Cities(CityRepository cities) {
		this.cities = cities;
	}

	public Optional<CityInfo> byId(long id) {
		return cities.findById(id).map(City::info);
	}

	public Optional<CityInfo> bySlug(String slug) {
		return cities.findBySlug(slug).map(City::info);
	}

}
