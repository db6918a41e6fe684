package org.unesco.gnlc.progress;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import lombok.RequiredArgsConstructor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.unesco.gnlc.city.Cities;
import org.unesco.gnlc.city.CityInfo;

import static org.unesco.gnlc.shared.security.DemoActors.ADMIN;
import static org.unesco.gnlc.shared.security.DemoActors.OFFICIAL;
import static org.unesco.gnlc.shared.security.DemoActors.REVIEWER;

/**
 * Two reporting rounds so that every demo account finds something real: the previous
 * round, past its grace period, with accepted reports (Melton's among them, shown beside
 * its new answers) and overdue members to follow up; and the current round, open, with
 * Melton's draft started and reports from Mexico and other countries submitted, returned
 * and accepted. The answers are sample texts written for the demo, not the cities' real
 * reports.
 */
@Component
@Profile("demo & !prod")
@Order(40)
@RequiredArgsConstructor
class ProgressDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ProgressDemoData.class);

	private static final List<String> FOCUS = List.of("1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "2.4", "2.5", "2.6",
			"3.1", "3.2", "3.3");

	private final ProgressRoundRepository rounds;

	private final ProgressReportRepository reports;

	private final Cities cities;

	private final Clock clock;

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (rounds.count() > 0) {
			return;
		}
		LocalDate today = LocalDate.now(clock);
		Instant now = clock.instant();
		ProgressRound previous = round("Biennial progress report 2021–2023", LocalDate.of(2021, 4, 1),
				LocalDate.of(2023, 9, 30), today.minusDays(400), today.minusDays(120), now.minus(400, ChronoUnit.DAYS));
		// In this order: Mexico City's report is number 1 and Melton's number 2 (the
		// access rules' samples).
		Map<String, ReportState> earlier = new LinkedHashMap<>();
		earlier.put("mexico-city", ReportState.ACCEPTED);
		earlier.put("melton", ReportState.ACCEPTED);
		earlier.put("huejotzingo", ReportState.ACCEPTED);
		earlier.put("cork", ReportState.ACCEPTED);
		earlier.put("sorocaba", ReportState.DRAFT);
		earlier.put("wyndham", ReportState.DRAFT);
		earlier.put("dublin", ReportState.RETURNED);
		earlier.forEach((slug, state) -> cities.bySlug(slug)
			.ifPresent(city -> report(previous, city, state, now.minus(200, ChronoUnit.DAYS), "2021–2023")));

		ProgressRound current = round("Biennial progress report 2023–2025", LocalDate.of(2023, 10, 1),
				LocalDate.of(2025, 9, 30), today.minusDays(30), today.plusDays(45), now.minus(30, ChronoUnit.DAYS));
		Map<String, ReportState> samples = Map.of("mexico-city", ReportState.SUBMITTED, "huejotzingo",
				ReportState.RETURNED, "cork", ReportState.ACCEPTED, "belfast", ReportState.SUBMITTED, "shanghai",
				ReportState.ACCEPTED, "damietta", ReportState.SUBMITTED);
		int count = 0;
		for (CityInfo city : cities.membersAdmittedBy(current.admittedBy())) {
			ReportState target = samples.getOrDefault(city.slug(), ReportState.DRAFT);
			ProgressReport report = report(current, city, target, now.minus(10, ChronoUnit.DAYS), "2023–2025");
			if ("melton".equals(city.slug())) {
				report.answer("1.1", answer(city.name(), "1.1", "2023–2025"), 0, true, OFFICIAL,
						now.minus(3, ChronoUnit.DAYS));
				report.answer("2.2", "A first draft: community learning festivals in three neighbourhoods.", 0, false,
						OFFICIAL, now.minus(2, ChronoUnit.DAYS));
				reports.save(report);
			}
			count++;
		}
		log.info("Set up two demo reporting rounds; {} members report in the current one", count);
	}

	private ProgressRound round(String title, LocalDate from, LocalDate to, LocalDate opensOn, LocalDate deadline,
			Instant at) {
		Map<String, Integer> questions = new TreeMap<>();
		FOCUS.forEach(code -> questions.put(code, ProgressForms.DEFAULT_WORD_LIMIT));
		ProgressRound round = ProgressRound.plan(
				new ProgressRound.Terms(title, from, to, opensOn, deadline, 30, deadline.minusYears(1), questions),
				ADMIN, at);
		round.open(ADMIN, at);
		return rounds.save(round);
	}

	private ProgressReport report(ProgressRound round, CityInfo city, ReportState target, Instant at, String period) {
		ProgressReport report = reports
			.save(ProgressReport.due(round.id(), city.id(), city.name(), city.countryCode(), ADMIN, at));
		if (target == ReportState.DRAFT) {
			return report;
		}
		for (String code : FOCUS) {
			report.answer(code, answer(city.name(), code, period), 0, true, OFFICIAL, at);
		}
		report.reportStatistics(
				List.of(new Statistic("Adults in organised learning (%)", "31", 2024, "City household survey"),
						new Statistic("Community learning centres", "42", 2025, "City register")),
				0, true, OFFICIAL, at);
		report.submit(round, round.opensOn(), OFFICIAL, at.plus(1, ChronoUnit.DAYS));
		if (target == ReportState.RETURNED) {
			report.returnForCompletion(REVIEWER,
					"Please add figures with their sources for 2.3 and 2.4, and a case study of one initiative.",
					at.plus(5, ChronoUnit.DAYS));
		}
		else if (target == ReportState.ACCEPTED) {
			Map<String, Judgement> judged = new TreeMap<>();
			for (int i = 0; i < FOCUS.size(); i++) {
				judged.put(FOCUS.get(i), Judgement.values()[(i + city.name().length()) % 3]);
			}
			report.review(judged, "Thank you for a clear report with good evidence.",
					"Strong on 2.2; ask for data on 2.4 next time.", report.version());
			report.accept(round, REVIEWER, null, at.plus(8, ChronoUnit.DAYS));
			if ("cork".equals(city.slug()) || "melton".equals(city.slug())) {
				report.publishHighlights(city.name() + " opened new learning spaces in libraries and parks, and "
						+ "more adults took part in community courses during " + period + ".", true);
			}
		}
		return reports.save(report);
	}

	private static String answer(String city, String code, String period) {
		List<String> lines = new ArrayList<>();
		lines.add("During " + period + ", " + city + " worked on area " + code + " with its partners.");
		lines.add("The city council adopted an action plan, ran public learning events and followed the results "
				+ "with a yearly review shared with residents.");
		return String.join(" ", lines);
	}

}
