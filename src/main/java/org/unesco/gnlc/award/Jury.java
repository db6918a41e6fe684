package org.unesco.gnlc.award;

import java.sql.Timestamp;
import java.text.Collator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;
import org.unesco.gnlc.account.AccountInfo;
import org.unesco.gnlc.account.Accounts;
import org.unesco.gnlc.city.Cities;
import org.unesco.gnlc.city.CityCard;
import org.unesco.gnlc.reference.CountryInfo;
import org.unesco.gnlc.reference.ReferenceData;
import org.unesco.gnlc.reference.UnescoRegion;
import org.unesco.gnlc.shared.security.PortalUser;
import org.unesco.gnlc.shared.security.Role;

/**
 * What the jury's pages show: UIL_ADMIN's page of a cycle's jury (its members, the UNESCO
 * regions it leaves out, the vote's progress, the tally with its ties, the selection),
 * each juror's page (the shortlist, their ballot, the tally once every juror has voted)
 * and the dashboards. Its reading helpers serve the decision pack, the selection and
 * publishing too. Who sits on the jury is {@link JuryComposition}'s; a vote is a
 * {@link Ballot}, cast through {@link Ballots}; the final selection is
 * {@link JurySelection}'s and publishing is {@link CyclePhases}'s. Every page costs a
 * bounded number of statements.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
class Jury {

	static final Set<ApplicationState> ON_SHORTLIST = EnumSet.of(ApplicationState.SHORTLISTED, ApplicationState.AWARDED,
			ApplicationState.NOT_AWARDED);

	private final AwardCycleRepository cycles;

	private final Accounts accounts;

	private final Cities cities;

	private final ReferenceData referenceData;

	private final JdbcClient jdbc;

	// What the pages show
	// -----------------------------------------------------------------------

	/**
	 * A member of a jury, with their country and UNESCO region where their account
	 * records one.
	 */
	record Juror(long accountId, String name, @Nullable String countryCode, @Nullable String countryName,
			@Nullable UnescoRegion region, boolean active, @Nullable Instant votedAt) {

		public boolean voted() {
			return votedAt != null;
		}

	}

	/** A shortlisted city as the jury sees it. */
	record Nominee(long applicationId, @Nullable String reference, CityCard city, ApplicationState state) {
	}

	/**
	 * A city of the shortlist with the number of jurors who chose it; {@code tied} when
	 * it shares its number of votes with another city across the line of the last Award,
	 * so that the tally alone does not say which of them receives it: UIL decides.
	 */
	record TallyLine(Nominee nominee, int votes, boolean tied) {
	}

	/**
	 * One juror's cast ballot as the pages show it: who, when, and the cities they chose.
	 */
	record Vote(Juror juror, Instant castAt, List<Nominee> choices) {
	}

	/** Where the vote of a cycle stands. */
	record Progress(int jurors, int ballots) {

		public boolean started() {
			return ballots > 0;
		}

		public boolean complete() {
			return jurors > 0 && ballots >= jurors;
		}

	}

	/** The jury page of UIL_ADMIN. */
	record AdminView(AwardCycleInfo cycle, List<Juror> jurors, List<AccountInfo> candidates,
			List<UnescoRegion> missingRegions, Progress progress, List<Nominee> shortlist, List<TallyLine> tally,
			boolean selectionRecorded, @Nullable String rationale, @Nullable String tieDecision) {

		/**
		 * The cities tied at the last Award, which UIL decides explicitly with the
		 * selection.
		 */
		public List<TallyLine> ties() {
			return tally.stream().filter(TallyLine::tied).toList();
		}

		public boolean composable() {
			return cycle.state() != CycleState.PUBLISHED && !progress.started();
		}

		public boolean selecting() {
			return cycle.state() == CycleState.JURY && progress.complete() && !selectionRecorded;
		}

		public boolean publishable() {
			return cycle.state() == CycleState.JURY && selectionRecorded;
		}

		public List<Nominee> awarded() {
			return shortlist.stream().filter(nominee -> nominee.state() == ApplicationState.AWARDED).toList();
		}

	}

	/** The page of one juror for one cycle. */
	record JurorView(AwardCycleInfo cycle, Juror me, List<Nominee> shortlist, Progress progress,
			@Nullable Vote myBallot, List<TallyLine> tally) {

		public boolean mayVote() {
			return cycle.state() == CycleState.JURY && myBallot == null;
		}

		public boolean ownCountry(Nominee nominee) {
			return me.countryCode() != null && me.countryCode().equals(nominee.city().countryCode());
		}

	}

	/** A cycle whose jury a juror sits on, with the state of their vote. */
	record Seat(int year, String title, CycleState state, boolean voted, Progress progress) {
	}

	/** A cycle whose jury UIL composes or follows, for the dashboard. */
	record Watch(int year, CycleState state, Progress progress) {
	}

	AdminView forAdmin(PortalUser user, int year, Locale locale) {
		AwardRoles.requireAdmin(user);
		AwardCycle cycle = cycles.getByYear(year);
		Map<String, CountryInfo> countries = countries(locale);
		List<Juror> jurors = jurors(cycle.id(), countries);
		Set<Long> seated = jurors.stream().map(Juror::accountId).collect(Collectors.toSet());
		List<AccountInfo> candidates = accounts.activeWithRole(Role.JURY_MEMBER)
			.stream()
			.filter(account -> !seated.contains(account.id()))
			.toList();
		List<Nominee> shortlist = shortlist(cycle.id(), ON_SHORTLIST, locale);
		Progress progress = progress(jurors);
		List<TallyLine> tally = progress.complete() ? tally(cycle.id(), shortlist, cycle.awardsAvailable(), locale)
				: List.of();
		boolean recorded = !shortlist.isEmpty()
				&& shortlist.stream().noneMatch(nominee -> nominee.state() == ApplicationState.SHORTLISTED);
		return new AdminView(cycle.info(locale, 0), jurors, candidates, missingRegions(jurors), progress, shortlist,
				tally, recorded, cycle.decisionRationale(), cycle.tieDecision());
	}

	/**
	 * The cycles whose jury the person sits on: those voting now, then the latest
	 * published.
	 */
	List<Seat> seats(PortalUser user, Locale locale) {
		AwardRoles.requireJuror(user);
		return jdbc.sql("""
				select c.year, c.state, %s as title,
				       exists (select 1 from award_ballot b where b.cycle_id = c.id and b.juror_id = :me) as voted,
				       (select count(*) from award_juror j2 where j2.cycle_id = c.id) as jurors,
				       (select count(*) from award_ballot b where b.cycle_id = c.id) as ballots
				from award_juror j join award_cycle c on c.id = j.cycle_id
				where j.account_id = :me and c.state in ('JURY', 'PUBLISHED')
				order by c.state = 'JURY' desc, c.year desc
				limit 20
				""".formatted(CycleAdministration.titleColumn(locale)))
			.param("me", user.accountId())
			.query((row, number) -> new Seat(row.getInt("year"), row.getString("title"),
					CycleState.valueOf(row.getString("state")), row.getBoolean("voted"),
					new Progress(row.getInt("jurors"), row.getInt("ballots"))))
			.list();
	}

	/** The cycles UIL is composing a jury for or whose jury is voting, latest first. */
	List<Watch> watched() {
		return jdbc.sql("""
				select c.year, c.state,
				       (select count(*) from award_juror j where j.cycle_id = c.id) as jurors,
				       (select count(*) from award_ballot b where b.cycle_id = c.id) as ballots
				from award_cycle c
				where c.state in ('OPEN', 'REVIEW', 'JURY')
				order by c.year desc
				limit 5
				""")
			.query((row, number) -> new Watch(row.getInt("year"), CycleState.valueOf(row.getString("state")),
					new Progress(row.getInt("jurors"), row.getInt("ballots"))))
			.list();
	}

	JurorView forJuror(PortalUser user, int year, Locale locale) {
		AwardRoles.requireJuror(user);
		AwardCycle cycle = cycles.getByYear(year);
		Map<String, CountryInfo> countries = countries(locale);
		List<Juror> jurors = jurors(cycle.id(), countries);
		Juror me = jurors.stream()
			.filter(juror -> juror.accountId() == user.accountId())
			.findFirst()
			.orElseThrow(() -> new AccessDeniedException("Not on this cycle's jury"));
		if (cycle.state() != CycleState.JURY && cycle.state() != CycleState.PUBLISHED) {
			// The shortlist is the jury's only once UIL sends it.
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		List<Nominee> shortlist = shortlist(cycle.id(), ON_SHORTLIST, locale);
		Progress progress = progress(jurors);
		Vote mine = me.voted() ? votes(cycle.id(), List.of(me), shortlist).stream().findFirst().orElse(null) : null;
		List<TallyLine> tally = progress.complete() ? tally(cycle.id(), shortlist, cycle.awardsAvailable(), locale)
				: List.of();
		return new JurorView(cycle.info(locale, 0), me, shortlist, progress, mine, tally);
	}

	// Reading helpers (package-private for the decision pack)
	// ---------------------------------------

	Map<String, CountryInfo> countries(Locale locale) {
		return referenceData.countries(locale)
			.stream()
			.collect(Collectors.toMap(CountryInfo::code, Function.identity()));
	}

	/**
	 * The jury of the cycle by name, each with the time of their ballot if cast; two or
	 * three statements.
	 */
	List<Juror> jurors(long cycleId, Map<String, CountryInfo> countries) {
		Map<Long, @Nullable Instant> seated = new LinkedHashMap<>();
		jdbc.sql("""
				select j.account_id, b.cast_at
				from award_juror j left join award_ballot b on b.cycle_id = j.cycle_id and b.juror_id = j.account_id
				where j.cycle_id = :cycle
				order by j.added_at, j.account_id
				""").param("cycle", cycleId).query(row -> {
			Timestamp castAt = row.getTimestamp("cast_at");
			seated.put(row.getLong("account_id"), castAt == null ? null : castAt.toInstant());
		});
		if (seated.isEmpty()) {
			return List.of();
		}
		Map<Long, AccountInfo> active = accounts.activeWithRole(Role.JURY_MEMBER)
			.stream()
			.collect(Collectors.toMap(AccountInfo::id, Function.identity()));
		List<Juror> jurors = new ArrayList<>();
		seated.forEach((accountId, votedAt) -> {
			// A juror whose account was since deactivated or given another role (rare; at
			// most the jury's size).
			AccountInfo account = active.containsKey(accountId) ? active.get(accountId)
					: accounts.byId(accountId).orElse(null);
			String code = account == null ? null : account.countryCode();
			CountryInfo country = code == null ? null : countries.get(code);
			jurors.add(new Juror(accountId, account == null ? "#" + accountId : account.fullName(), code,
					country == null ? null : country.name(), country == null ? null : country.region(),
					active.containsKey(accountId), votedAt));
		});
		jurors.sort(Comparator.comparing(Juror::name, Collator.getInstance(Locale.ROOT)));
		return jurors;
	}

	static List<UnescoRegion> missingRegions(List<Juror> jurors) {
		Set<UnescoRegion> present = jurors.stream()
			.map(Juror::region)
			.filter(Objects::nonNull)
			.collect(Collectors.toSet());
		return Arrays.stream(UnescoRegion.values()).filter(region -> !present.contains(region)).toList();
	}

	static Progress progress(List<Juror> jurors) {
		return new Progress(jurors.size(), (int) jurors.stream().filter(Juror::voted).count());
	}

	/** Where the vote of the cycle stands; one statement. */
	Progress progressOf(long cycleId) {
		return jdbc.sql("""
				select (select count(*) from award_juror where cycle_id = :cycle) as jurors,
				       (select count(*) from award_ballot where cycle_id = :cycle) as ballots
				""")
			.param("cycle", cycleId)
			.query((row, number) -> new Progress(row.getInt("jurors"), row.getInt("ballots")))
			.single();
	}

	/**
	 * The cycle's applications in these states as the jury sees them, by city name; two
	 * statements.
	 */
	List<Nominee> shortlist(long cycleId, Set<ApplicationState> states, Locale locale) {
		record Row(long id, @Nullable String reference, long cityId, ApplicationState state) {
		}
		List<Row> rows = jdbc.sql("""
				select id, reference, city_id, state from award_application
				where cycle_id = :cycle and state in (:states)
				""")
			.param("cycle", cycleId)
			.param("states", states.stream().map(Enum::name).toList())
			.query((row, number) -> new Row(row.getLong("id"), row.getString("reference"), row.getLong("city_id"),
					ApplicationState.valueOf(row.getString("state"))))
			.list();
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<Long, CityCard> cards = cities.cards(rows.stream().map(Row::cityId).toList(), locale)
			.stream()
			.collect(Collectors.toMap(CityCard::id, Function.identity()));
		Collator collator = Collator.getInstance(locale);
		return rows.stream()
			.filter(row -> cards.containsKey(row.cityId()))
			.map(row -> new Nominee(row.id(), row.reference(), cards.get(row.cityId()), row.state()))
			.sorted(Comparator.comparing((Nominee nominee) -> nominee.city().name(), collator))
			.toList();
	}

	/**
	 * Votes per shortlisted city, most first (equal votes by name), with the ties at the
	 * line of the last of the {@code awards} flagged; one statement.
	 */
	List<TallyLine> tally(long cycleId, List<Nominee> shortlist, int awards, Locale locale) {
		Map<Long, Integer> votes = new HashMap<>();
		jdbc.sql("""
				select ch.application_id, count(*) as votes
				from award_ballot b join award_ballot_choice ch on ch.ballot_id = b.id
				where b.cycle_id = :cycle
				group by ch.application_id
				""").param("cycle", cycleId).query(row -> {
			votes.put(row.getLong("application_id"), row.getInt("votes"));
		});
		Collator collator = Collator.getInstance(locale);
		List<TallyLine> ranked = shortlist.stream()
			.map(nominee -> new TallyLine(nominee, votes.getOrDefault(nominee.applicationId(), 0), false))
			.sorted(Comparator.comparingInt(TallyLine::votes)
				.reversed()
				.thenComparing(line -> line.nominee().city().name(), collator))
			.toList();
		return flagTies(ranked, awards);
	}

	/**
	 * Flags the lines that share the votes of the last Award's line with a line below it:
	 * with three Awards and votes 5, 3, 3, 3, 1 the three cities on 3 votes are tied for
	 * two Awards.
	 */
	static List<TallyLine> flagTies(List<TallyLine> ranked, int awards) {
		if (awards <= 0 || ranked.size() <= awards) {
			return ranked;
		}
		int line = ranked.get(awards - 1).votes();
		if (line == 0 || ranked.get(awards).votes() != line) {
			return ranked;
		}
		return ranked.stream()
			.map(tally -> tally.votes() == line ? new TallyLine(tally.nominee(), tally.votes(), true) : tally)
			.toList();
	}

	/** The ballots of these jurors with their choices; one statement. */
	List<Vote> votes(long cycleId, List<Juror> jurors, List<Nominee> shortlist) {
		Map<Long, Nominee> byId = shortlist.stream()
			.collect(Collectors.toMap(Nominee::applicationId, Function.identity()));
		Map<Long, Juror> byAccount = jurors.stream().collect(Collectors.toMap(Juror::accountId, Function.identity()));
		Map<Long, Instant> castAt = new LinkedHashMap<>();
		Map<Long, List<Nominee>> choices = new HashMap<>();
		jdbc.sql("""
				select b.juror_id, b.cast_at, ch.application_id
				from award_ballot b left join award_ballot_choice ch on ch.ballot_id = b.id
				where b.cycle_id = :cycle and b.juror_id in (:jurors)
				order by b.cast_at, b.id
				""")
			.param("cycle", cycleId)
			.param("jurors", byAccount.isEmpty() ? List.of(-1L) : byAccount.keySet())
			.query(row -> {
				long juror = row.getLong("juror_id");
				castAt.putIfAbsent(juror, row.getTimestamp("cast_at").toInstant());
				long application = row.getLong("application_id");
				if (!row.wasNull() && byId.containsKey(application)) {
					choices.computeIfAbsent(juror, key -> new ArrayList<>()).add(byId.get(application));
				}
			});
		List<Vote> votes = new ArrayList<>();
		castAt.forEach(
				(juror, at) -> votes.add(new Vote(byAccount.get(juror), at, choices.getOrDefault(juror, List.of()))));
		return votes;
	}

}
