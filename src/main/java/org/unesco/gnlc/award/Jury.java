package org.unesco.gnlc.award;

import java.text.Collator;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
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
import org.unesco.gnlc.shared.security.Actor;
import org.unesco.gnlc.shared.security.PortalUser;
import org.unesco.gnlc.shared.security.Role;
import org.unesco.gnlc.shared.web.RefusedActionException;

/**
 * The jury of an Award cycle and what follows its vote. UIL_ADMIN composes the jury from the
 * accounts with the JURY_MEMBER role (until the first ballot) and sees which UNESCO regions it
 * leaves out; each juror casts one ballot of up to as many cities as there are Awards, never a
 * city of their own country; the tally shows once every juror has voted; UIL then records the
 * final selection with its rationale and publishes the recipients, which {@link Awards} shows.
 *
 * <p>Every change locks the cycle's row first, so that jury changes, ballots, the selection and
 * publishing go one at a time per cycle; the unique key of award_ballot refuses a second ballot
 * even so. Every page costs a bounded number of statements.
 */
@Service
@Transactional(readOnly = true)
class Jury {

	/** A jury is a small body; the portal refuses to grow one beyond this. */
	static final int MAX_JURORS = 30;

	private static final Set<ApplicationState> ON_SHORTLIST = EnumSet.of(ApplicationState.SHORTLISTED,
			ApplicationState.AWARDED, ApplicationState.NOT_AWARDED);

	private final AwardCycleRepository cycles;

	private final AwardApplicationRepository applications;

	private final Accounts accounts;

	private final Cities cities;

	private final ReferenceData referenceData;

	private final JdbcClient jdbc;

	private final Clock clock;

	Jury(AwardCycleRepository cycles, AwardApplicationRepository applications, Accounts accounts, Cities cities,
			ReferenceData referenceData, JdbcClient jdbc, Clock clock) {
		this.cycles = cycles;
		this.applications = applications;
		this.accounts = accounts;
		this.cities = cities;
		this.referenceData = referenceData;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	// What the pages show -----------------------------------------------------------------------

	/** A member of a jury, with their country and UNESCO region where their account records one. */
	record Juror(long accountId, String name, @Nullable String countryCode, @Nullable String countryName,
			@Nullable UnescoRegion region, boolean active, @Nullable Instant votedAt) {

		public boolean voted() {
			return votedAt != null;
		}

	}

	/** A shortlisted city as the jury sees it. */
	record Nominee(long applicationId, @Nullable String reference, CityCard city, ApplicationState state) {
	}

	/** A city of the shortlist with the number of jurors who chose it. */
	record TallyLine(Nominee nominee, int votes) {
	}

	/** One juror's ballot: who, when, and the cities they chose. */
	record Ballot(Juror juror, Instant castAt, List<Nominee> choices) {
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
			boolean selectionRecorded, @Nullable String rationale) {

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
			@Nullable Ballot myBallot, List<TallyLine> tally) {

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
		requireAdmin(user);
		AwardCycle cycle = cycle(year);
		Map<String, CountryInfo> countries = countries(locale);
		List<Juror> jurors = jurors(cycle.id(), countries);
		Set<Long> seated = jurors.stream().map(Juror::accountId).collect(Collectors.toSet());
		List<AccountInfo> candidates = accounts.activeWithRole(Role.JURY_MEMBER)
			.stream()
			.filter(account -> !seated.contains(account.id()))
			.toList();
		List<Nominee> shortlist = shortlist(cycle.id(), ON_SHORTLIST, locale);
		Progress progress = progress(jurors);
		List<TallyLine> tally = progress.complete() ? tally(cycle.id(), shortlist, locale) : List.of();
		boolean recorded = !shortlist.isEmpty()
				&& shortlist.stream().noneMatch(nominee -> nominee.state() == ApplicationState.SHORTLISTED);
		return new AdminView(cycle.info(locale, 0), jurors, candidates, missingRegions(jurors), progress, shortlist,
				tally, recorded, cycle.decisionRationale());
	}

	/** The cycles whose jury the person sits on: those voting now, then the latest published. */
	List<Seat> seats(PortalUser user, Locale locale) {
		requireJuror(user);
		return jdbc.sql("""
				select c.year, c.state, c.title_en, c.title_fr, c.title_es,
				       exists (select 1 from award_ballot b where b.cycle_id = c.id and b.juror_id = :me) as voted,
				       (select count(*) from award_juror j2 where j2.cycle_id = c.id) as jurors,
				       (select count(*) from award_ballot b where b.cycle_id = c.id) as ballots
				from award_juror j join award_cycle c on c.id = j.cycle_id
				where j.account_id = :me and c.state in ('JURY', 'PUBLISHED')
				order by c.state = 'JURY' desc, c.year desc
				limit 20
				""")
			.param("me", user.accountId())
			.query((row, number) -> new Seat(row.getInt("year"),
					row.getString(switch (locale.getLanguage()) {
						case "fr" -> "title_fr";
						case "es" -> "title_es";
						default -> "title_en";
					}), CycleState.valueOf(row.getString("state")), row.getBoolean("voted"),
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
		requireJuror(user);
		AwardCycle cycle = cycle(year);
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
		Ballot mine = me.voted() ? ballots(cycle.id(), List.of(me), shortlist).stream().findFirst().orElse(null)
				: null;
		List<TallyLine> tally = progress.complete() ? tally(cycle.id(), shortlist, locale) : List.of();
		return new JurorView(cycle.info(locale, 0), me, shortlist, progress, mine, tally);
	}

	// Composing the jury ------------------------------------------------------------------------

	@Transactional
	void addJuror(PortalUser user, int year, long accountId) {
		requireAdmin(user);
		AwardCycle cycle = lockedCycle(year);
		requireComposable(cycle);
		AccountInfo account = accounts.byId(accountId)
			.filter(candidate -> candidate.active() && candidate.role() == Role.JURY_MEMBER)
			.orElseThrow(() -> new RefusedActionException("award.jury.error.notAJuror"));
		int size = jdbc.sql("select count(*) from award_juror where cycle_id = :cycle")
			.param("cycle", cycle.id())
			.query(Integer.class)
			.single();
		if (size >= MAX_JURORS) {
			throw new RefusedActionException("award.jury.error.juryFull", MAX_JURORS);
		}
		int added = jdbc.sql("""
				insert into award_juror (cycle_id, account_id, added_at, added_by)
				values (:cycle, :account, :now, :by)
				on conflict do nothing
				""")
			.param("cycle", cycle.id())
			.param("account", account.id())
			.param("now", java.sql.Timestamp.from(clock.instant()))
			.param("by", user.fullName())
			.update();
		if (added == 0) {
			throw new RefusedActionException("award.jury.error.alreadyOnJury", account.fullName());
		}
	}

	@Transactional
	void removeJuror(PortalUser user, int year, long accountId) {
		requireAdmin(user);
		AwardCycle cycle = lockedCycle(year);
		requireComposable(cycle);
		int removed = jdbc.sql("delete from award_juror where cycle_id = :cycle and account_id = :account")
			.param("cycle", cycle.id())
			.param("account", accountId)
			.update();
		if (removed == 0) {
			throw new RefusedActionException("award.jury.error.notOnJury");
		}
	}

	private void requireComposable(AwardCycle cycle) {
		if (cycle.state() == CycleState.PUBLISHED) {
			throw new RefusedActionException("award.error.cyclePublished");
		}
		if (ballotCount(cycle.id()) > 0) {
			throw new RefusedActionException("award.jury.error.votingStarted");
		}
	}

	// Voting -------------------------------------------------------------------------------------

	/**
	 * Casts the juror's one ballot: up to as many shortlisted cities as there are Awards, none of
	 * the juror's own country, confirmed. A second ballot is refused, also when two arrive at once.
	 */
	@Transactional
	void cast(PortalUser user, int year, Collection<Long> choices, boolean confirmed) {
		requireJuror(user);
		AwardCycle cycle = lockedCycle(year);
		if (!isJuror(cycle.id(), user.accountId())) {
			throw new AccessDeniedException("Not on this cycle's jury");
		}
		cycle.require(CycleState.JURY);
		if (hasVoted(cycle.id(), user.accountId())) {
			throw new RefusedActionException("award.jury.error.alreadyVoted");
		}
		Set<Long> chosen = new LinkedHashSet<>(choices);
		if (chosen.isEmpty()) {
			throw new RefusedActionException("award.jury.error.noChoice");
		}
		if (chosen.size() > cycle.awardsAvailable()) {
			throw new RefusedActionException("award.jury.error.tooManyChoices", cycle.awardsAvailable());
		}
		if (!confirmed) {
			throw new RefusedActionException("award.jury.error.notConfirmed");
		}
		Map<Long, String> shortlisted = new HashMap<>();
		jdbc.sql("select id, country_code from award_application where cycle_id = :cycle and state = 'SHORTLISTED'")
			.param("cycle", cycle.id())
			.query(row -> {
				shortlisted.put(row.getLong("id"), row.getString("country_code"));
			});
		if (!shortlisted.keySet().containsAll(chosen)) {
			throw new RefusedActionException("award.jury.error.notShortlisted");
		}
		String ownCountry = accounts.byId(user.accountId()).map(AccountInfo::countryCode).orElse(user.countryCode());
		if (ownCountry != null && chosen.stream().anyMatch(id -> ownCountry.equals(shortlisted.get(id)))) {
			throw new RefusedActionException("award.jury.error.ownCountry");
		}
		long ballotId;
		try {
			ballotId = jdbc.sql("""
					insert into award_ballot (cycle_id, juror_id, cast_at) values (:cycle, :juror, :now)
					returning id
					""")
				.param("cycle", cycle.id())
				.param("juror", user.accountId())
				.param("now", java.sql.Timestamp.from(clock.instant()))
				.query(Long.class)
				.single();
		}
		catch (DuplicateKeyException secondBallot) {
			throw new RefusedActionException("award.jury.error.alreadyVoted");
		}
		jdbc.sql("""
				insert into award_ballot_choice (ballot_id, application_id)
				select :ballot, unnest(cast(:choices as bigint[]))
				""")
			.param("ballot", ballotId)
			.param("choices", chosen.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}")))
			.update();
	}

	// The final selection and publishing -----------------------------------------------------------

	/** The countries with more than one of these shortlisted cities (UIL is warned, not refused). */
	List<String> countriesChosenTwice(int year, Collection<Long> chosen, Locale locale) {
		AwardCycle cycle = cycle(year);
		Set<Long> ids = new LinkedHashSet<>(chosen);
		Map<String, Long> perCountry = shortlist(cycle.id(), EnumSet.of(ApplicationState.SHORTLISTED), locale)
			.stream()
			.filter(nominee -> ids.contains(nominee.applicationId()))
			.collect(Collectors.groupingBy(nominee -> nominee.city().countryName(), Collectors.counting()));
		return perCountry.entrySet().stream().filter(entry -> entry.getValue() > 1).map(Map.Entry::getKey).sorted()
			.toList();
	}

	/**
	 * Records the jury's decision as UIL takes it: the chosen cities receive the Award, the other
	 * shortlisted cities do not; the rationale goes with it. Only once every juror has voted.
	 */
	@Transactional
	void recordSelection(PortalUser user, int year, Collection<Long> chosen, String rationale) {
		requireAdmin(user);
		AwardCycle cycle = lockedCycle(year);
		cycle.require(CycleState.JURY);
		if (!progress(cycle.id()).complete()) {
			throw new RefusedActionException("award.jury.error.votingOpen");
		}
		Set<Long> ids = new LinkedHashSet<>(chosen);
		if (ids.isEmpty()) {
			throw new RefusedActionException("award.jury.error.noSelection");
		}
		if (ids.size() > cycle.awardsAvailable()) {
			throw new RefusedActionException("award.jury.error.tooManySelected", cycle.awardsAvailable());
		}
		List<AwardApplication> shortlisted = applications.findInCycle(cycle.id(),
				EnumSet.of(ApplicationState.SHORTLISTED));
		if (shortlisted.isEmpty()) {
			throw new RefusedActionException("award.jury.error.selectionRecorded");
		}
		Set<Long> shortlistIds = shortlisted.stream().map(AwardApplication::id).collect(Collectors.toSet());
		if (!shortlistIds.containsAll(ids)) {
			throw new RefusedActionException("award.jury.error.notShortlisted");
		}
		cycle.recordRationale(rationale);
		Actor admin = Actor.of(user);
		Instant now = clock.instant();
		for (AwardApplication application : shortlisted) {
			if (ids.contains(application.id())) {
				application.award(admin, null, now);
			}
			else {
				application.notAward(admin, null, now);
			}
		}
		applications.saveAll(shortlisted);
		cycles.save(cycle);
	}

	/**
	 * Announces the recipients: they join the public record of the Award in the alphabetical
	 * order of their names, and the cycle is closed for good.
	 */
	@Transactional
	void publish(PortalUser user, int year, String rationale) {
		requireAdmin(user);
		AwardCycle cycle = lockedCycle(year);
		cycle.require(CycleState.JURY);
		List<Nominee> shortlist = shortlist(cycle.id(), ON_SHORTLIST, Locale.ENGLISH);
		if (shortlist.isEmpty() || shortlist.stream().anyMatch(n -> n.state() == ApplicationState.SHORTLISTED)) {
			throw new RefusedActionException("award.jury.error.selectionMissing");
		}
		cycle.publish(rationale, Actor.of(user), clock.instant());
		Collator collator = Collator.getInstance(Locale.ROOT);
		List<Nominee> recipients = shortlist.stream()
			.filter(nominee -> nominee.state() == ApplicationState.AWARDED)
			.sorted(Comparator.comparing((Nominee nominee) -> nominee.city().name(), collator))
			.toList();
		int position = 0;
		for (Nominee recipient : recipients) {
			jdbc.sql("insert into award_recipient (cycle_id, city_id, position) values (:cycle, :city, :position)")
				.param("cycle", cycle.id())
				.param("city", recipient.city().id())
				.param("position", ++position)
				.update();
		}
		cycles.save(cycle);
	}

	// Reading helpers (package-private for the decision pack) ---------------------------------------

	AwardCycle cycle(int year) {
		return cycles.findByYear(year).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/**
	 * The cycle's row, locked until the transaction ends, read fresh after the lock (never a copy
	 * loaded before it): whoever waited for the lock sees what the one before them did.
	 */
	private AwardCycle lockedCycle(int year) {
		Long id = jdbc.sql("select id from award_cycle where year = :year")
			.param("year", year)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return cycles.lockById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	Map<String, CountryInfo> countries(Locale locale) {
		return referenceData.countries(locale)
			.stream()
			.collect(Collectors.toMap(CountryInfo::code, Function.identity()));
	}

	/** The jury of the cycle by name, each with the time of their ballot if cast; two or three statements. */
	List<Juror> jurors(long cycleId, Map<String, CountryInfo> countries) {
		Map<Long, @Nullable Instant> seated = new LinkedHashMap<>();
		jdbc.sql("""
				select j.account_id, b.cast_at
				from award_juror j left join award_ballot b on b.cycle_id = j.cycle_id and b.juror_id = j.account_id
				where j.cycle_id = :cycle
				order by j.added_at, j.account_id
				""")
			.param("cycle", cycleId)
			.query(row -> {
				java.sql.Timestamp castAt = row.getTimestamp("cast_at");
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
			// A juror whose account was since deactivated or given another role (rare; at most the jury's size).
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
			.filter(java.util.Objects::nonNull)
			.collect(Collectors.toSet());
		return java.util.Arrays.stream(UnescoRegion.values()).filter(region -> !present.contains(region)).toList();
	}

	static Progress progress(List<Juror> jurors) {
		return new Progress(jurors.size(), (int) jurors.stream().filter(Juror::voted).count());
	}

	private Progress progress(long cycleId) {
		return jdbc.sql("""
				select (select count(*) from award_juror where cycle_id = :cycle) as jurors,
				       (select count(*) from award_ballot where cycle_id = :cycle) as ballots
				""")
			.param("cycle", cycleId)
			.query((row, number) -> new Progress(row.getInt("jurors"), row.getInt("ballots")))
			.single();
	}

	/** The cycle's applications in these states as the jury sees them, by city name; two statements. */
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

	/** Votes per shortlisted city, most first (ties by name); one statement. */
	List<TallyLine> tally(long cycleId, List<Nominee> shortlist, Locale locale) {
		Map<Long, Integer> votes = new HashMap<>();
		jdbc.sql("""
				select ch.application_id, count(*) as votes
				from award_ballot b join award_ballot_choice ch on ch.ballot_id = b.id
				where b.cycle_id = :cycle
				group by ch.application_id
				""")
			.param("cycle", cycleId)
			.query(row -> {
				votes.put(row.getLong("application_id"), row.getInt("votes"));
			});
		Collator collator = Collator.getInstance(locale);
		return shortlist.stream()
			.map(nominee -> new TallyLine(nominee, votes.getOrDefault(nominee.applicationId(), 0)))
			.sorted(Comparator.comparingInt(TallyLine::votes)
				.reversed()
				.thenComparing(line -> line.nominee().city().name(), collator))
			.toList();
	}

	/** The ballots of these jurors with their choices; one statement. */
	List<Ballot> ballots(long cycleId, List<Juror> jurors, List<Nominee> shortlist) {
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
		List<Ballot> ballots = new ArrayList<>();
		castAt.forEach((juror, at) -> ballots.add(new Ballot(byAccount.get(juror), at,
				choices.getOrDefault(juror, List.of()))));
		return ballots;
	}

	private boolean isJuror(long cycleId, long accountId) {
		return jdbc.sql("select count(*) from award_juror where cycle_id = :cycle and account_id = :account")
			.param("cycle", cycleId)
			.param("account", accountId)
			.query(Integer.class)
			.single() > 0;
	}

	private boolean hasVoted(long cycleId, long accountId) {
		return jdbc.sql("select count(*) from award_ballot where cycle_id = :cycle and juror_id = :account")
			.param("cycle", cycleId)
			.param("account", accountId)
			.query(Integer.class)
			.single() > 0;
	}

	private int ballotCount(long cycleId) {
		return jdbc.sql("select count(*) from award_ballot where cycle_id = :cycle")
			.param("cycle", cycleId)
			.query(Integer.class)
			.single();
	}

	static void requireAdmin(PortalUser user) {
		if (!user.is(Role.UIL_ADMIN)) {
			throw new AccessDeniedException("Only UIL administrators compose juries and publish");
		}
	}

	private static void requireJuror(PortalUser user) {
		if (!user.is(Role.JURY_MEMBER)) {
			throw new AccessDeniedException("Only jury members vote");
		}
	}

}
