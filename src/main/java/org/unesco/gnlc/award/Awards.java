package org.unesco.gnlc.award;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unesco.gnlc.city.Cities;
import org.unesco.gnlc.city.CityAward;
import org.unesco.gnlc.city.CityAwards;
import org.unesco.gnlc.city.CityCard;
import java.sql.ResultSet;
import java.sql.SQLException;

import lombok.RequiredArgsConstructor;

/**
 * The record of the UNESCO Learning City Award, for every feature: its cycles and the
 * cities that received it. Only published cycles have recipients to show. Every method
 * costs a bounded number of statements (at most three), whatever the number of cities.
 *
 * <p>
 * It also tells the city directory which city received the Award when
 * ({@link CityAwards}), so that the directory, which this feature depends on, needs no
 * dependency on it.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class Awards implements CityAwards {

	private final AwardCycleRepository cycles;

	private final JdbcClient jdbc;

	private final Cities cities;

	/** Every cycle, latest first, with its number of recipients. */
	public List<AwardCycleInfo> cycles(Locale locale) {
		Map<Long, Integer> recipients = new HashMap<>();
		jdbc.sql("select cycle_id, count(*) as recipients from award_recipient group by cycle_id").query(rows -> {
			recipients.put(rows.getLong("cycle_id"), rows.getInt("recipients"));
		});
		return cycles.findAllByOrderByYearDesc()
			.stream()
			.map(cycle -> cycle.info(locale, recipients.getOrDefault(cycle.id(), 0)))
			.toList();
	}

	public Optional<AwardCycleInfo> cycle(int year, Locale locale) {
		return cycles.findByYear(year).map(cycle -> {
			int recipients = jdbc.sql("select count(*) from award_recipient where cycle_id = :cycle")
				.param("cycle", cycle.id())
				.query(Integer.class)
				.single();
			return cycle.info(locale, recipients);
		});
	}

	/**
	 * The recipients of a published cycle in the order of their announcement, each city
	 * named with its country in the reader's language. Empty for an unknown or
	 * unpublished cycle.
	 */
	public List<AwardRecipientInfo> recipients(int year, Locale locale) {
		record Row(long cityId, int position, @Nullable String name, @Nullable String title) {
		}
		List<Row> rows = jdbc.sql("""
				select r.city_id, r.position, r.representative_name, r.representative_title
				from award_recipient r join award_cycle c on c.id = r.cycle_id
				where c.year = :year and c.state = 'PUBLISHED'
				order by r.position
				""")
			.param("year", year)
			.query((row, number) -> new Row(row.getLong("city_id"), row.getInt("position"),
					row.getString("representative_name"), row.getString("representative_title")))
			.list();
		Map<Long, CityCard> cards = cities.cards(rows.stream().map(Row::cityId).toList(), locale)
			.stream()
			.collect(Collectors.toMap(CityCard::id, Function.identity()));
		List<AwardRecipientInfo> recipients = new ArrayList<>();
		for (Row row : rows) {
			CityCard card = cards.get(row.cityId());
			if (card != null) {
				recipients.add(new AwardRecipientInfo(year, row.position(), card, row.name(), row.title()));
			}
		}
		return recipients;
	}

	/** The years in which a city received the Award, in order. */
	public List<Integer> yearsAwarded(long cityId) {
		return ofCity(cityId).stream().map(CityAward::year).toList();
	}

	/**
	 * For each of these cities, the years in which it received the Award; one statement.
	 */
	public Map<Long, List<Integer>> yearsAwarded(Collection<Long> cityIds) {
		Map<Long, List<Integer>> years = new LinkedHashMap<>();
		if (cityIds.isEmpty()) {
			return years;
		}
		jdbc.sql("""
				select r.city_id, c.year
				from award_recipient r join award_cycle c on c.id = r.cycle_id
				where c.state = 'PUBLISHED' and r.city_id = any(cast(:cities as bigint[]))
				order by c.year
				""")
			.param("cities", cityIds.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}")))
			.query(rows -> {
				years.computeIfAbsent(rows.getLong("city_id"), id -> new ArrayList<>()).add(rows.getInt("year"));
			});
		return years;
	}

	@Override
	public List<CityAward> all() {
		return jdbc.sql("""
				select r.city_id, c.year, r.representative_name, r.representative_title
				from award_recipient r join award_cycle c on c.id = r.cycle_id
				where c.state = 'PUBLISHED'
				order by c.year, r.position
				""").query((row, number) -> award(row)).list();
	}

	@Override
	public List<CityAward> ofCity(long cityId) {
		return jdbc.sql("""
				select r.city_id, c.year, r.representative_name, r.representative_title
				from award_recipient r join award_cycle c on c.id = r.cycle_id
				where c.state = 'PUBLISHED' and r.city_id = :city
				order by c.year
				""").param("city", cityId).query((row, number) -> award(row)).list();
	}

	private static CityAward award(ResultSet row) throws SQLException {
		return new CityAward(row.getLong("city_id"), row.getInt("year"), row.getString("representative_name"),
				row.getString("representative_title"));
	}

}
