package org.unesco.gnlc.city;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.unesco.gnlc.reference.UnescoRegion;

/** The network's figures, in two statements whatever its size. */
@Component
@RequiredArgsConstructor
class Network {

	private final JdbcClient jdbc;

	private final Clock clock;

	NetworkOverview overview() {
		Map<UnescoRegion, NetworkOverview.Region> byRegion = new EnumMap<>(UnescoRegion.class);
		for (UnescoRegion region : UnescoRegion.values()) {
			byRegion.put(region, new NetworkOverview.Region(region, 0, 0));
		}
		long[] totals = new long[2];
		// Per region, plus the network's own line (grouping sets: a country counts once
		// in all).
		jdbc.sql("""
				select co.region, count(*) as cities, count(distinct c.country_code) as countries
				from city c join country co on co.code = c.country_code
				where c.member
				group by grouping sets ((co.region), ())
				""").query(rows -> {
			String region = rows.getString("region");
			if (region == null) {
				totals[0] = rows.getLong("cities");
				totals[1] = rows.getLong("countries");
			}
			else {
				UnescoRegion unescoRegion = UnescoRegion.valueOf(region);
				byRegion.put(unescoRegion,
						new NetworkOverview.Region(unescoRegion, rows.getLong("cities"), rows.getLong("countries")));
			}
		});

		TreeMap<Integer, Long> joinedByYear = new TreeMap<>();
		long[] withoutDate = { 0 };
		jdbc.sql("""
				select cast(extract(year from member_since) as integer) as year, count(*) as joined
				from city
				where member
				group by 1
				""").query(rows -> {
			int year = rows.getInt("year");
			if (rows.wasNull()) {
				withoutDate[0] = rows.getLong("joined");
			}
			else {
				joinedByYear.put(year, rows.getLong("joined"));
			}
		});
		return new NetworkOverview(totals[0], totals[1], List.copyOf(byRegion.values()), growth(joinedByYear),
				withoutDate[0]);
	}

	/**
	 * Every year from the first admission to this year, years without admissions
	 * included.
	 */
	private List<NetworkOverview.Year> growth(TreeMap<Integer, Long> joinedByYear) {
		List<NetworkOverview.Year> growth = new ArrayList<>();
		if (joinedByYear.isEmpty()) {
			return growth;
		}
		int first = joinedByYear.firstKey();
		int last = Math.max(LocalDate.now(clock).getYear(), joinedByYear.lastKey());
		long members = 0;
		for (int year = first; year <= last; year++) {
			long joined = joinedByYear.getOrDefault(year, 0L);
			members += joined;
			growth.add(new NetworkOverview.Year(year, joined, members));
		}
		return growth;
	}

}
