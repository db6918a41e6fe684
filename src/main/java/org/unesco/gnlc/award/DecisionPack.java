package org.unesco.gnlc.award;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;
import org.unesco.gnlc.city.Cities;
import org.unesco.gnlc.city.CityCard;
import org.unesco.gnlc.reference.CountryInfo;
import org.unesco.gnlc.shared.csv.CsvWriter;
import org.unesco.gnlc.shared.pdf.PdfRenderer;
import org.unesco.gnlc.shared.security.PortalUser;
import org.unesco.gnlc.shared.security.Role;

/**
 * The record of how a cycle's recipients were chosen, for UIL's files, as PDF and CSV in
 * the reader's language: the cycle, the reviewers' leaderboard as it stands, the jury's
 * ballots and tally (once every juror has voted: a vote in progress stays secret here
 * too), the final selection and its rationale. UIL_ADMIN and UIL_REVIEWER download it
 * from the jury phase on.
 */
@Component
@Transactional(readOnly = true)
@RequiredArgsConstructor
class DecisionPack {

	/**
	 * The CSV's own moments, for files and spreadsheets; the PDF writes them as every
	 * page does.
	 */
	static final DateTimeFormatter CSV_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
		.withZone(ZoneOffset.UTC);

	private final AwardCycleRepository cycles;

	private final Jury jury;

	private final Cities cities;

	private final JdbcClient jdbc;

	private final PdfRenderer pdf;

	private final MessageSource messages;

	private final Clock clock;

	/**
	 * A nomination on the leaderboard: reviews is the number of reviewers who scored it;
	 * mean the mean over them of each reviewer's weighted score as a percentage of the
	 * scale; spread the gap between the highest and the lowest reviewer (percentage
	 * points).
	 */
	record Standing(int rank, long applicationId, @Nullable String reference, CityCard city, ApplicationState state,
			int reviews, @Nullable BigDecimal mean, @Nullable BigDecimal spread, @Nullable Integer votes) {
	}

	record Contents(AwardCycleInfo cycle, @Nullable String rationale, @Nullable String tieDecision,
			@Nullable Instant publishedAt, List<Standing> leaderboard, Jury.Progress progress, List<Jury.Juror> jurors,
			List<Jury.Vote> ballots, List<Jury.TallyLine> tally, List<Jury.Nominee> selection, Instant generatedAt,
			Set<Long> conflicts) {

		/**
		 * Whether the reader has a conflict of interest with the application: the pack
		 * then shows only that.
		 */
		public boolean conflicted(long applicationId) {
			return conflicts.contains(applicationId);
		}

		public boolean voteComplete() {
			return progress.complete();
		}

	}

	Contents contents(PortalUser user, int year, Locale locale) {
		AwardRoles.requireSecretariat(user);
		AwardCycle cycle = cycles.getByYear(year);
		if (cycle.state() != CycleState.JURY && cycle.state() != CycleState.PUBLISHED) {
			// The pack exists from the jury phase on.
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		Map<String, CountryInfo> countries = jury.countries(locale);
		List<Jury.Juror> jurors = jury.jurors(cycle.id(), countries);
		Jury.Progress progress = Jury.progress(jurors);
		List<Jury.Nominee> shortlist = jury.shortlist(cycle.id(), Jury.ON_SHORTLIST, locale);
		List<Jury.TallyLine> tally = progress.complete()
				? jury.tally(cycle.id(), shortlist, cycle.awardsAvailable(), locale) : List.of();
		List<Jury.Vote> ballots = progress.complete() ? jury.votes(cycle.id(), jurors, shortlist) : List.of();
		Map<Long, Integer> votes = tally.stream()
			.collect(Collectors.toMap(line -> line.nominee().applicationId(), Jury.TallyLine::votes));
		List<Jury.Nominee> selection = shortlist.stream()
			.filter(nominee -> nominee.state() == ApplicationState.AWARDED)
			.toList();
		return new Contents(cycle.info(locale, selection.size()), cycle.decisionRationale(), cycle.tieDecision(),
				cycle.publishedAt(), leaderboard(cycle.id(), votes, progress.complete(), locale), progress, jurors,
				ballots, tally, selection, clock.instant(), conflictsOf(user, cycle.id()));
	}

	/**
	 * The applications of the cycle a reviewer has a conflict of interest with (of their
	 * country, or declared): the pack names none of them to that reviewer. One statement.
	 */
	private Set<Long> conflictsOf(PortalUser user, long cycleId) {
		if (!user.is(Role.UIL_REVIEWER)) {
			return Set.of();
		}
		return new HashSet<>(jdbc.sql("""
				select a.id from award_application a
				where a.cycle_id = :cycle
				  and (a.country_code = :country
				       or exists (select 1 from award_review_assignment r
				                  where r.application_id = a.id and r.reviewer_id = :reviewer
				                    and r.conflict_declared_at is not null))
				""")
			.param("cycle", cycleId)
			.param("country", user.countryCode() == null ? "" : user.countryCode())
			.param("reviewer", user.accountId())
			.query(Long.class)
			.list());
	}

	/**
	 * The nominations of the cycle ranked by weighted score, in one aggregate statement
	 * over the submitted reviews, as the leaderboard ranks them (a reviewer with a
	 * conflict does not count).
	 */
	List<Standing> leaderboard(long cycleId, Map<Long, Integer> votes, boolean withVotes, Locale locale) {
		record Row(long id, @Nullable String reference, long cityId, ApplicationState state, int reviews,
				@Nullable BigDecimal mean, @Nullable BigDecimal spread) {
		}
		List<Row> rows = jdbc.sql(Leaderboard.REVIEWS + """
				select a.id, a.reference, a.city_id, a.state,
				       count(p.reviewer_id) as reviews,
				       avg(p.percent) as mean,
				       max(p.percent) - min(p.percent) as spread
				from award_application a left join reviews p on p.application_id = a.id
				where a.cycle_id = :cycle
				  and a.state in ('NOMINATED', 'SHORTLISTED', 'NOT_SHORTLISTED', 'AWARDED', 'NOT_AWARDED')
				group by a.id
				order by mean desc nulls last, a.id
				""")
			.param("cycle", cycleId)
			.query((row, number) -> new Row(row.getLong("id"), row.getString("reference"), row.getLong("city_id"),
					ApplicationState.valueOf(row.getString("state")), row.getInt("reviews"),
					Percentages.rounded(row.getBigDecimal("mean")), Percentages.rounded(row.getBigDecimal("spread"))))
			.list();
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<Long, CityCard> cards = cities.cards(rows.stream().map(Row::cityId).toList(), locale)
			.stream()
			.collect(Collectors.toMap(CityCard::id, Function.identity()));
		List<Standing> standings = new ArrayList<>();
		for (Row row : rows) {
			CityCard card = cards.get(row.cityId());
			if (card != null) {
				Integer cityVotes = withVotes && onShortlist(row.state()) ? votes.getOrDefault(row.id(), 0) : null;
				standings.add(new Standing(standings.size() + 1, row.id(), row.reference(), card, row.state(),
						row.reviews(), row.mean(), row.spread(), cityVotes));
			}
		}
		return standings;
	}

	private static boolean onShortlist(ApplicationState state) {
		return state == ApplicationState.SHORTLISTED || state == ApplicationState.AWARDED
				|| state == ApplicationState.NOT_AWARDED;
	}

	byte[] pdf(PortalUser user, int year, Locale locale) {
		Contents contents = contents(user, year, locale);
		Map<String, Object> model = new HashMap<>();
		model.put("pack", contents);
		return pdf.render("award/jury/pack", model, locale);
	}

	/**
	 * The pack as one table with a header row: each line says which part of the pack it
	 * belongs to (cycle, nomination, ballot, selection, rationale). Cells a spreadsheet
	 * would read as a formula are defused.
	 */
	byte[] csv(PortalUser user, int year, Locale locale) {
		Contents pack = contents(user, year, locale);
		List<List<String>> rows = new ArrayList<>();
		rows.add(List.of(text("award.jury.csv.section", locale), text("award.jury.csv.reference", locale),
				text("award.jury.csv.city", locale), text("award.jury.csv.country", locale),
				text("award.jury.csv.region", locale), text("award.jury.csv.state", locale),
				text("award.jury.csv.reviews", locale), text("award.jury.csv.mean", locale),
				text("award.jury.csv.spread", locale), text("award.jury.csv.votes", locale),
				text("award.jury.csv.juror", locale), text("award.jury.csv.jurorRegion", locale),
				text("award.jury.csv.note", locale)));
		String cycleSection = text("award.jury.csv.section.cycle", locale);
		AwardCycleInfo cycle = pack.cycle();
		rows.add(line(cycleSection, "", "", "", "", "", "", "", "", "", "", "",
				text("award.jury.csv.cycleTitle", locale) + ": " + cycle.title()));
		rows.add(line(cycleSection, "", "", "", "", text(cycle.state().messageKey(), locale), "", "", "", "", "", "",
				text("award.jury.csv.awardsAvailable", locale) + ": " + cycle.awardsAvailable()));
		rows.add(line(cycleSection, "", "", "", "", "", "", "", "", "", "", "", text("award.jury.csv.jurors", locale)
				+ ": " + pack.progress().ballots() + "/" + pack.progress().jurors()));
		Instant publishedAt = pack.publishedAt();
		if (publishedAt != null) {
			rows.add(line(cycleSection, "", "", "", "", "", "", "", "", "", "", "",
					text("award.jury.csv.publishedAt", locale) + ": " + CSV_TIME.format(publishedAt)));
		}
		rows.add(line(cycleSection, "", "", "", "", "", "", "", "", "", "", "",
				text("award.jury.csv.generatedAt", locale) + ": " + CSV_TIME.format(pack.generatedAt())));
		String nominationSection = text("award.jury.csv.section.nomination", locale);
		String conflicted = text("award.review.conflicted", locale);
		for (Standing standing : pack.leaderboard()) {
			if (pack.conflicted(standing.applicationId())) {
				rows.add(line(nominationSection, "", conflicted, "", "", "", "", "", "", "", "", "", ""));
				continue;
			}
			rows.add(line(nominationSection, nullToEmpty(standing.reference()), standing.city().name(),
					standing.city().countryName(), text(standing.city().region().messageKey(), locale),
					text(standing.state().messageKey(), locale), String.valueOf(standing.reviews()),
					Percentages.cell(standing.mean()), Percentages.cell(standing.spread()),
					standing.votes() == null ? "" : String.valueOf(standing.votes()), "", "", ""));
		}
		String ballotSection = text("award.jury.csv.section.ballot", locale);
		for (Jury.Vote ballot : pack.ballots()) {
			String jurorRegion = ballot.juror().region() == null ? ""
					: text(ballot.juror().region().messageKey(), locale);
			for (Jury.Nominee choice : ballot.choices()) {
				if (pack.conflicted(choice.applicationId())) {
					rows.add(line(ballotSection, "", conflicted, "", "", "", "", "", "", "", ballot.juror().name(),
							jurorRegion, CSV_TIME.format(ballot.castAt())));
					continue;
				}
				rows.add(line(ballotSection, nullToEmpty(choice.reference()), choice.city().name(),
						choice.city().countryName(), text(choice.city().region().messageKey(), locale), "", "", "", "",
						"", ballot.juror().name(), jurorRegion, CSV_TIME.format(ballot.castAt())));
			}
		}
		String selectionSection = text("award.jury.csv.section.selection", locale);
		for (Jury.Nominee recipient : pack.selection()) {
			if (pack.conflicted(recipient.applicationId())) {
				rows.add(line(selectionSection, "", conflicted, "", "", "", "", "", "", "", "", "", ""));
				continue;
			}
			rows.add(line(selectionSection, nullToEmpty(recipient.reference()), recipient.city().name(),
					recipient.city().countryName(), text(recipient.city().region().messageKey(), locale),
					text(recipient.state().messageKey(), locale), "", "", "", "", "", "", ""));
		}
		if (pack.tieDecision() != null) {
			rows.add(line(text("award.jury.csv.section.tie", locale), "", "", "", "", "", "", "", "", "", "", "",
					pack.tieDecision()));
		}
		if (pack.rationale() != null) {
			rows.add(line(text("award.jury.csv.section.rationale", locale), "", "", "", "", "", "", "", "", "", "", "",
					pack.rationale()));
		}
		return CsvWriter.toBytes(rows);
	}

	private static List<String> line(String... cells) {
		return List.of(cells);
	}

	private static String nullToEmpty(@Nullable String value) {
		return value == null ? "" : value;
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

}
