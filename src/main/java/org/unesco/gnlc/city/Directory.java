package org.unesco.gnlc.city;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.CollationKey;
import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.unesco.gnlc.city.DirectoryPage.CountryOption;
import org.unesco.gnlc.reference.UnescoRegion;
import org.unesco.gnlc.shared.publicpages.PublicDataVersion;
import org.unesco.gnlc.shared.web.Language;

/**
 * The directory's read model: plain SQL on the city table, joined with the countries for
 * their names, regions and sort keys. Whatever the number of cities, a page costs one
 * statement, and one more for the counts when it searches or filters by Award or year of
 * joining: the Award record, the countries with their members and the filter's options
 * are facts computed once per change of the data (see
 * {@link PublicDataVersion#perVersion}), the options sorted once per language. The page
 * itself reads LIMIT/OFFSET on indexed orders.
 */
@Component
@RequiredArgsConstructor
class Directory {

	private static final String ENTRY_COLUMNS = """
			c.id, c.slug, c.name, c.country_code, co.%s as country_name, co.region, c.population, c.population_year,
			c.area_km2, c.area_year, c.gdp_per_capita_usd, c.gdp_per_capita_year, c.country_gdp_per_capita_usd,
			c.country_gdp_per_capita_year, c.schooling_years_men, c.schooling_years_men_year, c.schooling_years_women,
			c.schooling_years_women_year, c.website, c.member_since, c.suspended_on""";

	private final JdbcClient jdbc;

	private final ObjectProvider<CityAwards> awards;

	private final PublicDataVersion dataVersion;

	/** The columns of an entry, with the country's name in the reader's language. */
	private static String entryColumns(Locale locale) {
		return ENTRY_COLUMNS.formatted(countryNameColumn(locale));
	}

	/** In one read-only transaction, so that the counts and the page agree. */
	@Transactional(readOnly = true)
	DirectoryPage page(DirectoryQuery query, Locale locale) {
		Facts facts = facts();
		Conditions conditions = conditions(query, facts.awards());
		// Without a search or a filter of its own, the counts are the members per
		// country.
		Map<String, Long> matchesByCountry = conditions.common().size() == 1 ? facts.membersByCountry()
				: matchesByCountry(conditions);

		Map<UnescoRegion, Long> byRegion = new EnumMap<>(UnescoRegion.class);
		for (UnescoRegion region : UnescoRegion.values()) {
			byRegion.put(region, 0L);
		}
		long total = 0;
		for (Map.Entry<String, Long> match : matchesByCountry.entrySet()) {
			if (query.countryCode() != null && !query.countryCode().equals(match.getKey())) {
				continue;
			}
			UnescoRegion region = facts.regionOf().get(match.getKey());
			byRegion.merge(region, match.getValue(), Long::sum);
			if (query.region() == null || query.region() == region) {
				total += match.getValue();
			}
		}

		// A deferred join: the page's ids first (from the indexes alone where the order
		// allows,
		// without the countries unless a filter or the order needs them), then their
		// rows.
		String order = query.sort().orderBy(query.descending(), countrySortColumn(locale));
		boolean needsCountries = query.region() != null || query.sort() == DirectorySort.COUNTRY;
		List<DirectoryEntry> entries = jdbc
			.sql("""
					select %1$s
					from (select c.id from city c %2$s where %3$s order by %4$s limit :limit offset :offset) page
					join city c on c.id = page.id
					join country co on co.code = c.country_code
					order by %4$s
					""".formatted(entryColumns(locale),
					needsCountries ? "join country co on co.code = c.country_code" : "", conditions.all(), order))
			.params(conditions.parameters())
			.param("limit", query.size())
			.param("offset", query.offset())
			.query((rows, number) -> entry(rows, facts.awards()))
			.list();
		return new DirectoryPage(query, entries, total, byRegion, facts.options().get(Language.of(locale)),
				facts.awards().years());
	}

	/** How many cities match a search or a filter, per country. */
	private Map<String, Long> matchesByCountry(Conditions conditions) {
		Map<String, Long> matches = new HashMap<>();
		jdbc.sql("select c.country_code, count(*) as cities from city c where %s group by c.country_code"
			.formatted(conditions.withoutRegionAndCountry())).params(conditions.parameters()).query(rows -> {
				matches.put(rows.getString("country_code").strip(), rows.getLong("cities"));
			});
		return matches;
	}

	/**
	 * What every page of the directory shares, computed once per change of the data: the
	 * Award record, the members per country, and the countries one can filter by, sorted
	 * by the rules of each language (collation keys computed once per language, not
	 * compared on every request).
	 */
	private record Facts(AwardIndex awards, Countries countries) {

		Map<String, Long> membersByCountry() {
			return countries.membersByCountry();
		}

		Map<String, UnescoRegion> regionOf() {
			return countries.regionOf();
		}

		Map<Language, List<CountryOption>> options() {
			return countries.options();
		}

	}

	private record Countries(Map<String, Long> membersByCountry, Map<String, UnescoRegion> regionOf,
			Map<Language, List<CountryOption>> options) {
	}

	private Facts facts() {
		return new Facts(awardIndex(), countries());
	}

	private Countries countries() {
		return dataVersion.perVersion("city.directory.countries", () -> {
			Map<String, Long> members = new HashMap<>();
			Map<String, UnescoRegion> regionOf = new HashMap<>();
			Map<Language, List<CountryOption>> options = new EnumMap<>(Language.class);
			Map<Language, List<CollationKey>> keys = new EnumMap<>(Language.class);
			Map<Language, Collator> collators = new EnumMap<>(Language.class);
			for (Language language : Language.values()) {
				options.put(language, new ArrayList<>());
				keys.put(language, new ArrayList<>());
				collators.put(language, Collator.getInstance(language.locale()));
			}
			jdbc.sql("""
					select co.code, co.region, co.name_en, co.name_fr, co.name_es, co.name_ar, count(*) as members
					from country co join city c on c.country_code = co.code and c.member
					group by co.code
					""").query(rows -> {
				String code = rows.getString("code").strip();
				UnescoRegion region = UnescoRegion.valueOf(rows.getString("region"));
				members.put(code, rows.getLong("members"));
				regionOf.put(code, region);
				for (Language language : Language.values()) {
					String name = rows.getString(countryNameColumn(language.locale()));
					options.get(language).add(new CountryOption(code, name, region));
					keys.get(language).add(collators.get(language).getCollationKey(name));
				}
			});
			Map<Language, List<CountryOption>> sorted = new EnumMap<>(Language.class);
			for (Language language : Language.values()) {
				List<CountryOption> unsorted = options.get(language);
				List<CollationKey> collationKeys = keys.get(language);
				List<Integer> order = new ArrayList<>();
				for (int index = 0; index < unsorted.size(); index++) {
					order.add(index);
				}
				order.sort(Comparator.comparing(collationKeys::get));
				sorted.put(language, order.stream().map(unsorted::get).toList());
			}
			return new Countries(Map.copyOf(members), Map.copyOf(regionOf), sorted);
		});
	}

	/** Every city that matches, without pages (for the CSV download), row by row. */
	@Transactional(readOnly = true)
	void each(DirectoryQuery query, Locale locale, Consumer<DirectoryEntry> consumer) {
		AwardIndex awardIndex = awardIndex();
		Conditions conditions = conditions(query, awardIndex);
		jdbc.sql("""
				select %s
				from city c join country co on co.code = c.country_code
				where %s
				order by %s
				""".formatted(entryColumns(locale), conditions.all(),
				query.sort().orderBy(query.descending(), countrySortColumn(locale))))
			.params(conditions.parameters())
			.query(rows -> {
				consumer.accept(entry(rows, awardIndex));
			});
	}

	/** Cities by id as lists show them, in one statement. */
	List<CityCard> cards(Collection<Long> ids, Locale locale) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select c.id, c.slug, c.name, c.country_code, co.%s as country_name, co.region, c.member
				from city c join country co on co.code = c.country_code
				where c.id = any(cast(:ids as bigint[]))
				""".formatted(countryNameColumn(locale)))
			.param("ids", array(ids))
			.query((rows, number) -> new CityCard(rows.getLong("id"), rows.getString("slug"), rows.getString("name"),
					rows.getString("country_code").strip(), rows.getString("country_name"),
					UnescoRegion.valueOf(rows.getString("region")), rows.getBoolean("member")))
			.list();
	}

	/** A city's public profile with its country, in one statement. */
	Optional<CityProfileView> profile(String slug, Locale locale) {
		return jdbc.sql("""
				select %s, c.member, c.profile_text, c.figures_source, c.mayor_name, c.mayor_title, c.version, c.name_ar
				from city c join country co on co.code = c.country_code
				where c.slug = :slug
				""".formatted(entryColumns(locale))).param("slug", slug).query((rows, number) -> {
			Date memberSince = rows.getDate("member_since");
			ProfileValues values = new ProfileValues(rows.getObject("population", Long.class),
					rows.getObject("population_year", Integer.class), rows.getBigDecimal("area_km2"),
					rows.getObject("area_year", Integer.class), rows.getObject("gdp_per_capita_usd", Integer.class),
					rows.getObject("gdp_per_capita_year", Integer.class),
					rows.getObject("country_gdp_per_capita_usd", Integer.class),
					rows.getObject("country_gdp_per_capita_year", Integer.class),
					rows.getBigDecimal("schooling_years_men"),
					rows.getObject("schooling_years_men_year", Integer.class),
					rows.getBigDecimal("schooling_years_women"),
					rows.getObject("schooling_years_women_year", Integer.class), rows.getString("website"),
					rows.getString("profile_text"), rows.getString("figures_source"),
					memberSince == null ? null : memberSince.toLocalDate(), rows.getString("mayor_name"),
					rows.getString("mayor_title"));
			return new CityProfileView(rows.getLong("id"), rows.getString("slug"), rows.getString("name"),
					rows.getString("country_code").strip(), rows.getString("country_name"),
					UnescoRegion.valueOf(rows.getString("region")), rows.getBoolean("member"), values,
					rows.getLong("version"), rows.getDate("suspended_on") != null, rows.getString("name_ar"));
		}).optional();
	}

	/** The Award record, once per change of the data. */
	private AwardIndex awardIndex() {
		return dataVersion.perVersion("city.directory.awards",
				() -> new AwardIndex(awards.getIfAvailable(() -> CityAwards.NONE).all()));
	}

	/** The SQL conditions of a query, with and without its region and country filters. */
	private record Conditions(List<String> common, List<String> place, Map<String, Object> parameters) {

		String withoutRegionAndCountry() {
			return String.join(" and ", common);
		}

		String all() {
			List<String> every = new ArrayList<>(common);
			every.addAll(place);
			return String.join(" and ", every);
		}

	}

	private static Conditions conditions(DirectoryQuery query, AwardIndex awardIndex) {
		List<String> common = new ArrayList<>();
		List<String> place = new ArrayList<>();
		Map<String, Object> parameters = new LinkedHashMap<>();
		common.add("c.member");
		if (query.search().length() == 1) {
			// One letter would match most names and read them all: it finds the names it
			// begins
			// with instead, a range of the name index (the Latin name's or the Arabic
			// one's, V101).
			common.add("((c.name_key >= lower(gnlc_unaccent(:search)) "
					+ "and c.name_key < lower(gnlc_unaccent(:search)) || chr(1114111)) "
					+ "or (c.name_ar_key >= gnlc_arabic_fold(:search) "
					+ "and c.name_ar_key < gnlc_arabic_fold(:search) || chr(1114111)))");
			parameters.put("search", query.search());
		}
		else if (!query.search().isEmpty()) {
			// The Latin and the Arabic name, each folded (V101).
			common.add("c.names_key like '%' || gnlc_arabic_fold(lower(gnlc_unaccent(:search))) || '%'");
			parameters.put("search", likeEscaped(query.search()));
		}
		if (query.awardYear() != null) {
			common.add("c.id = any(cast(:awarded as bigint[]))");
			parameters.put("awarded", array(awardIndex.citiesAwardedIn(query.awardYear())));
		}
		if (query.joinedYear() != null) {
			common.add("c.member_since >= :joinedFrom and c.member_since < :joinedUntil");
			parameters.put("joinedFrom", Date.valueOf(LocalDate.of(query.joinedYear(), 1, 1)));
			parameters.put("joinedUntil", Date.valueOf(LocalDate.of(query.joinedYear() + 1, 1, 1)));
		}
		if (query.region() != null) {
			place.add("co.region = :region");
			parameters.put("region", query.region().name());
		}
		if (query.countryCode() != null) {
			place.add("c.country_code = cast(:country as char(2))");
			parameters.put("country", query.countryCode());
		}
		return new Conditions(common, place, parameters);
	}

	private static DirectoryEntry entry(ResultSet rows, AwardIndex awardIndex) throws SQLException {
		long id = rows.getLong("id");
		Date memberSince = rows.getDate("member_since");
		return new DirectoryEntry(id, rows.getString("slug"), rows.getString("name"),
				rows.getString("country_code").strip(), rows.getString("country_name"),
				UnescoRegion.valueOf(rows.getString("region")), rows.getObject("population", Long.class),
				rows.getObject("population_year", Integer.class), rows.getBigDecimal("area_km2"),
				rows.getObject("area_year", Integer.class), rows.getObject("gdp_per_capita_usd", Integer.class),
				rows.getObject("gdp_per_capita_year", Integer.class),
				rows.getObject("country_gdp_per_capita_usd", Integer.class),
				rows.getObject("country_gdp_per_capita_year", Integer.class), decimal(rows, "schooling_years_men"),
				rows.getObject("schooling_years_men_year", Integer.class), decimal(rows, "schooling_years_women"),
				rows.getObject("schooling_years_women_year", Integer.class), rows.getString("website"),
				memberSince == null ? null : memberSince.toLocalDate(), awardIndex.yearsOf(id),
				rows.getDate("suspended_on") != null);
	}

	private static @Nullable BigDecimal decimal(ResultSet rows, String column) throws SQLException {
		return rows.getBigDecimal(column);
	}

	/**
	 * The country name column in the reader's language (a fixed set: never user input in
	 * SQL).
	 */
	static String countryNameColumn(Locale locale) {
		return switch (Language.of(locale)) {
			case FRENCH -> "name_fr";
			case SPANISH -> "name_es";
			case ARABIC -> "name_ar";
			case ENGLISH -> "name_en";
		};
	}

	/** The stored, indexed key that orders countries in the reader's language (V80). */
	static String countrySortColumn(Locale locale) {
		return "co.sort_" + Language.of(locale).code();
	}

	/**
	 * A PostgreSQL array literal of ids, e.g. {1,2,3}: numbers only, so nothing to
	 * escape.
	 */
	static String array(Collection<Long> ids) {
		return ids.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
	}

	/** The search as a LIKE pattern's middle: its own % and _ match literally. */
	static String likeEscaped(String search) {
		return search.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	/** The Award record, indexed by city and by year. */
	private static final class AwardIndex {

		private final Map<Long, List<Integer>> yearsByCity = new HashMap<>();

		private final Map<Integer, List<Long>> citiesByYear = new HashMap<>();

		AwardIndex(List<CityAward> awards) {
			for (CityAward award : awards) {
				yearsByCity.computeIfAbsent(award.cityId(), id -> new ArrayList<>()).add(award.year());
				citiesByYear.computeIfAbsent(award.year(), year -> new ArrayList<>()).add(award.cityId());
			}
			yearsByCity.values().forEach(years -> years.sort(null));
		}

		List<Integer> yearsOf(long cityId) {
			return List.copyOf(yearsByCity.getOrDefault(cityId, List.of()));
		}

		List<Long> citiesAwardedIn(int year) {
			return citiesByYear.getOrDefault(year, List.of());
		}

		List<Integer> years() {
			return List.copyOf(new TreeSet<>(citiesByYear.keySet()));
		}

	}

}
