package org.unesco.gnlc.city;

import java.text.Normalizer;
import java.time.Instant;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unesco.gnlc.shared.security.PortalUser;
import org.unesco.gnlc.shared.security.Actor;

/** The cities of the network, for every other feature. */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class Cities {

	/** Letters that Unicode does not decompose into a base letter and an accent. */
	private static final Map<String, String> UNDECOMPOSED = Map.of("ø", "o", "Ø", "O", "æ", "ae", "Æ", "AE", "œ", "oe",
			"Œ", "OE", "ß", "ss", "ł", "l", "Ł", "L", "đ", "d");

	private final CityRepository cities;

	private final Directory directory;

	private final Network network;

	private final ProfileHistory history;

	private final Clock clock;

	public Optional<CityInfo> byId(long id) {
		return cities.findById(id).map(City::info);
	}

	public Optional<CityInfo> bySlug(String slug) {
		return cities.findBySlug(slug).map(City::info);
	}

	/**
	 * The cities of these ids, in one statement; ids of unknown cities are left out. In
	 * no particular order.
	 */
	public List<CityInfo> byIds(Collection<Long> ids) {
		return ids.isEmpty() ? List.of() : cities.findAllById(ids).stream().map(City::info).toList();
	}

	/** The cities of a country known to the portal, members or not, by name. */
	public List<CityInfo> inCountry(String countryCode) {
		return cities.findByCountryCodeOrderByName(countryCode.toUpperCase(Locale.ROOT))
			.stream()
			.map(City::info)
			.toList();
	}

	/**
	 * Cities by id as lists show them (name, country in the reader's language, region,
	 * link to the profile), in one statement; ids of unknown cities are left out. In no
	 * particular order.
	 */
	public List<CityCard> cards(Collection<Long> ids, Locale locale) {
		return directory.cards(ids, locale);
	}

	/**
	 * The network in figures: members and countries by region, growth by year. Two
	 * statements.
	 */
	public NetworkOverview networkOverview() {
		return network.overview();
	}

	/**
	 * The city of that name in that country, created if the portal does not know it yet
	 * (a city registering to apply). Names match ignoring case and accents, so Ybycui
	 * finds Ybycuí.
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

	/**
	 * Makes the city a member of the network from that date (UIL's decision on its
	 * application); from then on it is listed in the directory with its public profile.
	 */
	@Transactional
	public CityInfo admit(long cityId, LocalDate since) {
		City city = cities.findById(cityId).orElseThrow(() -> new IllegalArgumentException("No city " + cityId));
		city.admit(since);
		return city.info();
	}

	/**
	 * Carries onto the profile of a city UIL admitted what its membership application
	 * answered (website, mayor, figures with their years), each change kept in the
	 * profile's history as coming from that application. A figure of a later year on the
	 * profile stays, and so does any field edited after the application was submitted.
	 * Answers what changed, by field name.
	 */
	@Transactional
	public List<String> carryFromApplication(long cityId, ApplicationProfile answers, PortalUser approver, Instant at) {
		City city = cities.findById(cityId).orElseThrow(() -> new IllegalArgumentException("No city " + cityId));
		List<FieldChange> changes = city.carry(answers, history.fieldsChangedSince(cityId, answers.submittedAt()));
		history.recordFromApplication(cityId, approver, at, changes, answers.reference());
		return changes.stream().map(change -> change.field().name()).toList();
	}

	/** A slug no city has yet: the name's, else with the country, else numbered. */
	String uniqueSlug(String name, String countryCode) {
		return allocate(name, countryCode, cities::existsBySlug);
	}

	/** A city to be created: its name and country. */
	record NewCity(String name, String countryCode) {
	}

	/**
	 * Slugs no city has yet for these new cities, in their order and distinct from each
	 * other, read in one statement (an import creating hundreds at once); a rare numbered
	 * one beyond those read is checked on its own.
	 */
	List<String> uniqueSlugs(List<NewCity> newCities) {
		Set<String> candidates = new HashSet<>();
		for (NewCity city : newCities) {
			String base = slug(city.name());
			String withCountry = base + "-" + city.countryCode().toLowerCase(Locale.ROOT);
			candidates.add(base);
			candidates.add(withCountry);
			for (int suffix = 2; suffix <= 5; suffix++) {
				candidates.add(withCountry + "-" + suffix);
			}
		}
		Set<String> taken = new HashSet<>(candidates.isEmpty() ? List.of() : cities.findExistingSlugs(candidates));
		List<String> slugs = new ArrayList<>();
		for (NewCity city : newCities) {
			String slug = allocate(city.name(), city.countryCode(), candidate -> taken.contains(candidate)
					|| (!candidates.contains(candidate) && cities.existsBySlug(candidate)));
			taken.add(slug);
			slugs.add(slug);
		}
		return slugs;
	}

	private static String allocate(String name, String countryCode, Predicate<String> taken) {
		String base = slug(name);
		if (!taken.test(base)) {
			return base;
		}
		String withCountry = base + "-" + countryCode.toLowerCase(Locale.ROOT);
		String candidate = withCountry;
		for (int suffix = 2; taken.test(candidate); suffix++) {
			candidate = withCountry + "-" + suffix;
		}
		return candidate;
	}

	/** Ybycuí becomes ybycui, Câmara de Lobos camara-de-lobos, Sønderborg sonderborg. */
	static String slug(String name) {
		String plain = name;
		for (Map.Entry<String, String> letter : UNDECOMPOSED.entrySet()) {
			plain = plain.replace(letter.getKey(), letter.getValue());
		}
		String ascii = Normalizer.normalize(plain, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
		if (slug.length() > 100) {
			slug = slug.substring(0, 100).replaceAll("-$", "");
		}
		return slug.isEmpty() ? "city" : slug;
	}

	/**
	 * The member cities that joined on or before that date (members with no recorded date
	 * of joining count: they are the oldest), by name; one statement.
	 */
	public List<CityInfo> membersAdmittedBy(LocalDate date) {
		return cities.findMembersAdmittedBy(date).stream().map(City::info).toList();
	}

	public boolean isSuspended(long cityId) {
		return cities.findById(cityId).map(City::isSuspended).orElse(false);
	}

	/** Which of these cities are suspended members; one statement. */
	public Set<Long> suspendedAmong(Collection<Long> ids) {
		Set<Long> suspended = new HashSet<>();
		if (!ids.isEmpty()) {
			cities.findAllById(ids).stream().filter(City::isSuspended).forEach(city -> suspended.add(city.id()));
		}
		return suspended;
	}

	/**
	 * Suspends a member's membership with the reason (UIL, when its progress report is
	 * missing or not accepted after the grace period); recorded in the city's history.
	 */
	@Transactional
	public void suspend(long cityId, String reason, Actor by) {
		City city = cities.findById(cityId).orElseThrow(() -> new IllegalArgumentException("No city " + cityId));
		history.record(cityId, by, clock.instant(), List.of(city.suspend(reason.strip(), LocalDate.now(clock))));
	}

	/** Lifts a suspension; recorded in the city's history. */
	@Transactional
	public void reinstate(long cityId, String comment, Actor by) {
		City city = cities.findById(cityId).orElseThrow(() -> new IllegalArgumentException("No city " + cityId));
		history.record(cityId, by, clock.instant(), List.of(city.reinstate(comment.strip())));
	}

	/**
	 * The figures of the city's public profile that are filled in, in the profile's
	 * order.
	 */
	public List<CityFigure> profileFigures(long cityId) {
		List<CityFigure> figures = new ArrayList<>();
		cities.findById(cityId).map(City::profile).ifPresent(profile -> {
			add(figures, ProfileField.POPULATION, profile.population(), profile.populationYear(), profile);
			add(figures, ProfileField.AREA, profile.areaKm2(), profile.areaYear(), profile);
			add(figures, ProfileField.GDP_PER_CAPITA, profile.gdpPerCapitaUsd(), profile.gdpPerCapitaYear(), profile);
			add(figures, ProfileField.SCHOOLING_MEN, profile.schoolingYearsMen(), profile.schoolingYearsMenYear(),
					profile);
			add(figures, ProfileField.SCHOOLING_WOMEN, profile.schoolingYearsWomen(), profile.schoolingYearsWomenYear(),
					profile);
		});
		return figures;
	}

	private static void add(List<CityFigure> figures, ProfileField field, @Nullable Object value,
			@Nullable Integer year, ProfileValues profile) {
		if (value != null) {
			figures.add(new CityFigure(field.messageKey(), ProfileField.text(value), year, profile.figuresSource()));
		}
	}

}
