package org.unesco.gnlc.city;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;

import lombok.RequiredArgsConstructor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Made-up member cities for benchmarks and load tests, never in production. Their slugs
 * start with {@code synthetic-}, which is how they are told apart and removed. Names,
 * countries (every country, so every region), dates of joining and figures are spread
 * deterministically, so two runs with the same number produce the same network. One SQL
 * statement inserts them all.
 *
 * <p>
 * Started with {@code --gnlc.synthetic-cities=10000} (or the environment variable
 * {@code GNLC_SYNTHETIC_CITIES}), the portal tops the network up to that many synthetic
 * cities before it serves; 0 removes them.
 */
@Component
@Profile("!prod")
@RequiredArgsConstructor
class SyntheticCities implements ApplicationRunner {

	static final String SLUG_PREFIX = "synthetic-";

	private static final Logger log = LoggerFactory.getLogger(SyntheticCities.class);

	private final JdbcClient jdbc;

	private final Environment environment;

	private final Clock clock;

	@Override
	public void run(ApplicationArguments args) {
		Integer wanted = environment.getProperty("gnlc.synthetic-cities", Integer.class);
		if (wanted == null) {
			return;
		}
		if (wanted <= 0) {
			log.info("Removed {} synthetic cities", removeAll());
			return;
		}
		int added = ensure(wanted);
		log.info("{} synthetic cities in the directory ({} added)", count(), added);
	}

	long count() {
		return jdbc.sql("select count(*) from city where slug like 'synthetic-%'").query(Long.class).single();
	}

	/**
	 * Adds synthetic cities until there are {@code wanted}; answers how many were added.
	 */
	@Transactional
	int ensure(int wanted) {
		int first = (int) count() + 1;
		if (first > wanted) {
			return 0;
		}
		LocalDate opened = LocalDate.of(2015, 9, 28);
		long days = Math.max(1, LocalDate.now(clock).toEpochDay() - opened.toEpochDay());
		int added = jdbc
			.sql("""
					with syllables (s) as (
					  select array['ba', 'lé', 'mon', 'ri', 'ka', 'sú', 'to', 'vi', 'na', 'dor', 'el', 'quí', 'zá', 'pe',
					               'lo', 'ñu', 'gra', 'hei', 'ø', 'tan', 'mar', 'çe', 'wu', 'jo', 'ran', 'sel', 'bü', 'ko']
					), countries (codes) as (
					  select array_agg(code order by code) from country
					)
					insert into city (slug, name, country_code, member, member_since, population, population_year, area_km2,
					                  area_year, website)
					select 'synthetic-' || lpad(cast(g as text), 6, '0'),
					       initcap(s[1 + g % 28] || s[1 + (g / 28) % 28] || s[1 + (g / 784) % 28])
					         || case when g % 3 = 0 then ' ' || initcap(s[1 + (g * 7) % 28] || s[1 + (g * 11) % 28]) else '' end,
					       codes[1 + (g * 7919) % array_length(codes, 1)],
					       true,
					       cast(:opened as date) + cast((g * 37) % :days as integer),
					       case when g % 10 = 0 then null else 5000 + (g * 104729) % 9995000 end,
					       case when g % 10 = 0 then null else cast(2015 + g % 10 as integer) end,
					       case when g % 7 = 0 then null else round(cast(10 + (g * 7727) % 400000 as numeric) / 100, 2) end,
					       case when g % 7 = 0 then null else cast(2015 + g % 10 as integer) end,
					       'https://synthetic-' || g || '.example.org'
					from generate_series(cast(:first as bigint), cast(:last as bigint)) as g, syllables, countries
					""")
			.param("opened", Date.valueOf(opened))
			.param("days", days)
			.param("first", first)
			.param("last", wanted)
			.update();
		analyze();
		return added;
	}

	/**
	 * Fresh statistics at once, so that the planner does not wait for autovacuum to see
	 * them.
	 */
	private void analyze() {
		jdbc.sql("analyze city").update();
	}

	/** Removes every synthetic city (and, by cascade, their profile history). */
	@Transactional
	int removeAll() {
		int removed = jdbc.sql("delete from city where slug like 'synthetic-%'").update();
		if (removed > 0) {
			analyze();
		}
		return removed;
	}

}
