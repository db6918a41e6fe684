package org.unesco.gnlc.city;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
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

	/** The cities of a country known to the portal, members or not, by name. */
	public List<CityInfo> inCountry(String countryCode) {
		return cities.findByCountryCodeOrderByName(countryCode.toUpperCase(Locale.ROOT)).stream().map(City::info).toList();
	}

	/**
	 * The city of that name in that country, created if the portal does not know it yet (a
	 * city registering to apply). Names match ignoring case and accents, so "Ybycui" finds Ybycuí.
	 */
	@Transactional
	public CityInfo findOrRegister(String name, String countryCode) {
		String cleanName = name.strip().replaceAll("\\s+", " ");
		String country = countryCode.toUpperCase(Locale.ROOT);
		return cities.findByCountryAndNameIgnoringCaseAndAccents(country, cleanName)
			.stream()
			.findFirst()
			.orElseGet(() -> cities.save(new City(uniqueSlug(cleanName, country), cleanName, country)))
			.info();
	}

	/** The city became a member of the network on that day (UIL approved its application). */
	@Transactional
	public CityInfo admit(long cityId, java.time.LocalDate since) {
		City city = cities.findById(cityId).orElseThrow(() -> new IllegalArgumentException("No city " + cityId));
		city.admit(since);
		return city.info();
	}

	private String uniqueSlug(String name, String countryCode) {
		String base = slug(name);
		if (!cities.existsBySlug(base)) {
			return base;
		}
		String withCountry = base + "-" + countryCode.toLowerCase(Locale.ROOT);
		String candidate = withCountry;
		for (int suffix = 2; cities.existsBySlug(candidate); suffix++) {
			candidate = withCountry + "-" + suffix;
		}
		return candidate;
	}

	/** "Ybycuí" becomes "ybycui", "Câmara de Lobos" becomes "camara-de-lobos". */
	static String slug(String name) {
		String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
		return slug.isEmpty() ? "city" : slug;
	}

}
