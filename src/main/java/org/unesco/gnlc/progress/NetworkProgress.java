package org.unesco.gnlc.progress;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.unesco.gnlc.reference.CountryInfo;
import org.unesco.gnlc.reference.ReferenceData;
import org.unesco.gnlc.reference.UnescoRegion;

/**
 * The network's progress in public: for each round that has opened, the reports due,
 * submitted and accepted by UNESCO region, and the areas of focus where accepted reports
 * show the most progress (judged well evidenced by UIL). Three statements whatever the
 * number of reports.
 */
@Component
@Transactional(readOnly = true)
@RequiredArgsConstructor
class NetworkProgress {

	/** Reports due, submitted (at least once) and accepted in one region. */
	record RegionFigures(UnescoRegion region, long due, long submitted, long accepted) {
	}

	/** An area of focus and how many accepted reports UIL judged well evidenced in it. */
	record FocusFigures(String code, String name, long wellEvidenced) {
	}

	record RoundFigures(long id, String title, String period, RoundState state, List<RegionFigures> regions,
			List<FocusFigures> focus, Chart regionChart, Chart focusChart) {

		long due() {
			return regions.stream().mapToLong(RegionFigures::due).sum();
		}

	}

	/**
	 * A horizontal bar chart drawn on the server: each bar with its label, value and
	 * geometry.
	 */
	record Chart(int width, int height, List<Bar> bars) {
	}

	record Bar(String label, long value, int y, int width, String kind) {
	}

	static final int CHART_WIDTH = 640;

	static final int LABEL_WIDTH = 260;

	static final int BAR_HEIGHT = 18;

	private final JdbcClient jdbc;

	private final ReferenceData reference;

	private final ProgressViews views;

	List<RoundFigures> rounds(Locale locale, Function<String, String> text) {
		Map<String, UnescoRegion> regionOf = reference.countries(locale)
			.stream()
			.collect(Collectors.toMap(CountryInfo::code, CountryInfo::region));
		Map<String, String> focusNames = views.focusNames(locale);
		Map<Long, Map<UnescoRegion, long[]>> byRound = new LinkedHashMap<>();
		jdbc.sql("""
				select r.round_id, r.country_code, count(*), count(r.submitted_at),
				       count(*) filter (where r.state = 'ACCEPTED')
				from progress_report r
				group by r.round_id, r.country_code
				""").query((rs, n) -> {
			UnescoRegion region = regionOf.get(rs.getString(2).strip());
			if (region != null) {
				long[] sums = byRound.computeIfAbsent(rs.getLong(1), id -> new EnumMap<>(UnescoRegion.class))
					.computeIfAbsent(region, key -> new long[3]);
				sums[0] += rs.getLong(3);
				sums[1] += rs.getLong(4);
				sums[2] += rs.getLong(5);
			}
			return null;
		}).list();
		Map<Long, Map<String, Long>> focusByRound = new LinkedHashMap<>();
		jdbc.sql("""
				select r.round_id, j.focus_code, count(*)
				from progress_judgement j join progress_report r on r.id = j.report_id
				where r.state = 'ACCEPTED' and j.judgement = 'WELL_EVIDENCED'
				group by r.round_id, j.focus_code
				""")
			.query((rs, n) -> focusByRound.computeIfAbsent(rs.getLong(1), id -> new LinkedHashMap<>())
				.put(rs.getString(2), rs.getLong(3)))
			.list();
		List<RoundFigures> figures = new ArrayList<>();
		jdbc.sql("""
				select id, title, period_from, period_to, state from progress_round
				where state <> 'PLANNED' order by deadline desc
				""").query((rs, n) -> {
			long id = rs.getLong(1);
			List<RegionFigures> regions = new ArrayList<>();
			Map<UnescoRegion, long[]> sums = byRound.getOrDefault(id, Map.of());
			for (UnescoRegion region : UnescoRegion.values()) {
				long[] values = sums.getOrDefault(region, new long[3]);
				regions.add(new RegionFigures(region, values[0], values[1], values[2]));
			}
			Map<String, Long> judged = focusByRound.getOrDefault(id, Map.of());
			List<FocusFigures> focus = focusNames.entrySet()
				.stream()
				.map(entry -> new FocusFigures(entry.getKey(), entry.getValue(),
						judged.getOrDefault(entry.getKey(), 0L)))
				.sorted((a, b) -> Long.compare(b.wellEvidenced(), a.wellEvidenced()))
				.toList();
			figures.add(new RoundFigures(id, rs.getString(2), rs.getString(3) + " – " + rs.getString(4),
					RoundState.valueOf(rs.getString(5)), regions, focus, regionChart(regions, text),
					focusChart(focus)));
			return null;
		}).list();
		return figures;
	}

	private static Chart regionChart(List<RegionFigures> regions, Function<String, String> text) {
		long max = Math.max(1, regions.stream().mapToLong(RegionFigures::due).max().orElse(1));
		List<Bar> bars = new ArrayList<>();
		int y = 0;
		for (RegionFigures region : regions) {
			String name = text.apply(region.region().messageKey());
			bars.add(bar(name + " · " + text.apply("progress.public.due"), region.due(), max, y, "due"));
			bars.add(bar(name + " · " + text.apply("progress.public.submitted"), region.submitted(), max,
					y += BAR_HEIGHT + 2, "submitted"));
			bars.add(bar(name + " · " + text.apply("progress.public.accepted"), region.accepted(), max,
					y += BAR_HEIGHT + 2, "accepted"));
			y += BAR_HEIGHT + 12;
		}
		return new Chart(CHART_WIDTH, y, bars);
	}

	private static Chart focusChart(List<FocusFigures> focus) {
		long max = Math.max(1, focus.stream().mapToLong(FocusFigures::wellEvidenced).max().orElse(1));
		List<Bar> bars = new ArrayList<>();
		int y = 0;
		for (FocusFigures area : focus) {
			bars.add(bar(area.name(), area.wellEvidenced(), max, y, "accepted"));
			y += BAR_HEIGHT + 6;
		}
		return new Chart(CHART_WIDTH, y, bars);
	}

	private static Bar bar(String label, long value, long max, int y, String kind) {
		int room = CHART_WIDTH - LABEL_WIDTH - 40;
		return new Bar(label, value, y, (int) Math.round((double) value * room / max), kind);
	}

}
