package org.unesco.gnlc.award;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import org.unesco.gnlc.city.Cities;
import org.unesco.gnlc.city.CityCard;
import org.unesco.gnlc.shared.security.Actor;
import org.unesco.gnlc.shared.security.PortalUser;
import org.unesco.gnlc.shared.security.Role;
import org.unesco.gnlc.shared.web.RefusedActionException;
import org.unesco.gnlc.shared.web.StaleEditException;

/**
 * A National Commission's part in the Award: it sees the applications its country's
 * cities submitted in the cycles that accept nominations, ranks them, nominates up to the
 * cycle's quota with a note for UIL, and tells the others why it does not nominate them.
 * An endorser acts for their own country only ({@link ApplicationAccess#forEndorser}).
 *
 * <p>
 * The quota holds however many nominate at once: each nomination first locks the cycle's
 * row, so the nominations of a cycle are counted and made one after the other.
 */
@Service
@Transactional
@RequiredArgsConstructor
class Nominations {

	/** The longest nomination note or reason the portal keeps. */
	static final int MAX_TEXT = 4000;

	/**
	 * Applications of one country in one cycle shown at most (the largest countries have
	 * dozens).
	 */
	static final int MAX_ROWS = 300;

	private final AwardCycleRepository cycles;

	private final AwardApplicationRepository applications;

	private final ApplicationAccess access;

	private final JdbcClient jdbc;

	private final Cities cities;

	private final Clock clock;

	/** An application as the National Commission's page lists it. */
	record Candidate(long id, long version, long cycleId, @Nullable String reference, String cityName,
			@Nullable String cityPath, ApplicationState state, @Nullable Instant submittedAt, @Nullable Integer rank,
			@Nullable String comment, @Nullable Instant decidedAt) {
	}

	/**
	 * One cycle as the National Commission sees it: whether it still accepts nominations,
	 * the quota and how much of it is used, the applications waiting for a decision (in
	 * the Commission's order) and those decided.
	 */
	record CycleNominations(AwardCycleInfo cycle, boolean accepting, int quota, int used, List<Candidate> waiting,
			List<Candidate> decided) {

		public int left() {
			return Math.max(0, quota - used);
		}

		public boolean quotaReached() {
			return used >= quota;
		}

	}

	/**
	 * What waits for a National Commission in each cycle that is open, for its dashboard.
	 */
	record Waiting(int year, int waiting, int used, int quota, @Nullable LocalDate deadline) {
	}

	// Reading
	// ------------------------------------------------------------------------------------

	/**
	 * The cycles whose call is open, each with the endorser's country's applications that
	 * left the city (drafts and withdrawn ones are the city's own business). Three
	 * statements.
	 */
	@Transactional(readOnly = true)
	List<CycleNominations> forEndorser(PortalUser endorser, Locale locale) {
		String country = countryOf(endorser);
		List<AwardCycle> open = cycles.findUnpublished()
			.stream()
			.filter(cycle -> cycle.state() == CycleState.OPEN)
			.toList();
		if (open.isEmpty()) {
			return List.of();
		}
		record Row(long id, long version, long cycleId, long cityId, @Nullable String reference, ApplicationState state,
				@Nullable Instant submittedAt, @Nullable Integer rank, @Nullable String note,
				@Nullable String stateComment, @Nullable Instant stateAt) {
		}
		List<Row> rows = jdbc.sql("""
				select a.id, a.version, a.cycle_id, a.city_id, a.reference, a.state, a.submitted_at, a.national_rank,
				       a.nomination_note, last.comment as state_comment, last.at as state_at
				from award_application a
				left join lateral (
				  select t.comment, t.at from award_transition t
				  where t.application_id = a.id order by t.at desc, t.id desc limit 1
				) last on true
				where a.cycle_id in (:cycles) and a.country_code = :country and a.state not in ('DRAFT', 'WITHDRAWN')
				order by a.cycle_id, a.national_rank nulls last, a.submitted_at, a.id
				limit :limit
				""")
			.param("cycles", open.stream().map(AwardCycle::id).toList())
			.param("country", country)
			.param("limit", MAX_ROWS * open.size())
			.query((row, number) -> new Row(row.getLong("id"), row.getLong("version"), row.getLong("cycle_id"),
					row.getLong("city_id"), row.getString("reference"),
					ApplicationState.valueOf(row.getString("state")), instant(row.getTimestamp("submitted_at")),
					(Integer) row.getObject("national_rank"), row.getString("nomination_note"),
					row.getString("state_comment"), instant(row.getTimestamp("state_at"))))
			.list();
		Map<Long, CityCard> cards = cities.cards(rows.stream().map(Row::cityId).distinct().toList(), locale)
			.stream()
			.collect(Collectors.toMap(CityCard::id, Function.identity()));
		Map<Long, List<Candidate>> waiting = new HashMap<>();
		Map<Long, List<Candidate>> decided = new HashMap<>();
		for (Row row : rows) {
			CityCard card = cards.get(row.cityId());
			boolean isWaiting = row.state() == ApplicationState.SUBMITTED;
			String comment = row.state() == ApplicationState.NOT_NOMINATED ? row.stateComment()
					: row.state().isNominated() ? row.note() : null;
			Candidate candidate = new Candidate(row.id(), row.version(), row.cycleId(), row.reference(),
					card == null ? "#" + row.cityId() : card.name(), card == null ? null : card.profilePath(),
					row.state(), row.submittedAt(), row.rank(), comment, isWaiting ? null : row.stateAt());
			(isWaiting ? waiting : decided).computeIfAbsent(row.cycleId(), id -> new ArrayList<>()).add(candidate);
		}
		LocalDate today = LocalDate.now(clock);
		List<CycleNominations> result = new ArrayList<>();
		for (AwardCycle cycle : open) {
			List<Candidate> decidedInCycle = decided.getOrDefault(cycle.id(), List.of());
			int used = (int) decidedInCycle.stream().filter(candidate -> candidate.state().isNominated()).count();
			result.add(new CycleNominations(cycle.info(locale, 0), cycle.acceptsNominationsOn(today),
					cycle.nominationQuota(), used, waiting.getOrDefault(cycle.id(), List.of()), decidedInCycle));
		}
		return result;
	}

	/**
	 * For the endorser's dashboard: per open cycle, what waits, the quota used and the
	 * deadline. One statement.
	 */
	@Transactional(readOnly = true)
	List<Waiting> waiting(PortalUser endorser) {
		if (!endorser.is(Role.NATCOM_ENDORSER) || endorser.countryCode() == null) {
			return List.of();
		}
		return jdbc.sql("""
				select c.year, c.nomination_quota, c.nomination_deadline,
				       count(a.id) filter (where a.state = 'SUBMITTED') as waiting,
				       count(a.id) filter (where a.state in (:nominations)) as used
				from award_cycle c
				left join award_application a on a.cycle_id = c.id and a.country_code = :country
				where c.state = 'OPEN'
				group by c.id
				order by c.year desc
				limit 5
				""")
			.param("nominations", ApplicationState.NOMINATIONS.stream().map(Enum::name).toList())
			.param("country", endorser.countryCode())
			.query((row, number) -> new Waiting(row.getInt("year"), row.getInt("waiting"), row.getInt("used"),
					row.getInt("nomination_quota"), row.getObject("nomination_deadline", LocalDate.class)))
			.list();
	}

	// Decisions
	// ----------------------------------------------------------------------------------

	/**
	 * Records the National Commission's order of preference: every application still
	 * waiting in the cycle gets a rank, each rank from 1 on once. Refused when the list
	 * changed since the page was opened (an application arrived, was withdrawn or
	 * decided) and, for the same list, when a colleague ranked since.
	 */
	void rank(PortalUser endorser, long cycleId, RankingForm form) {
		String country = countryOf(endorser);
		AwardCycle cycle = cycles.lockById(cycleId);
		requireAccepting(cycle);
		List<AwardApplication> waiting = applications.findInCountry(cycleId, country,
				List.of(ApplicationState.SUBMITTED));
		Map<Long, RankingForm.Entry> entries = new LinkedHashMap<>();
		for (RankingForm.Entry entry : form.entriesOrEmpty()) {
			if (entry != null && entry.id() != null) {
				entries.put(entry.id(), entry);
			}
		}
		Set<Long> ids = waiting.stream().map(AwardApplication::id).collect(Collectors.toSet());
		if (!ids.equals(entries.keySet())) {
			throw new RefusedActionException("award.nomination.ranking.listChanged");
		}
		Set<Integer> ranks = new HashSet<>();
		for (RankingForm.Entry entry : entries.values()) {
			Integer rank = entry.rankNumber();
			if (rank == null || rank < 1 || rank > waiting.size() || !ranks.add(rank)) {
				throw new RefusedActionException("award.nomination.ranking.invalid", waiting.size());
			}
		}
		for (AwardApplication application : waiting) {
			RankingForm.Entry entry = entries.get(application.id());
			StaleEditException.check(entry.version() == null ? -1 : entry.version(), application.version(),
					"The ranking of the applications");
		}
		waiting.forEach(application -> application.rank(entries.get(application.id()).rankNumber()));
		applications.saveAll(waiting);
	}

	/**
	 * Nominates the city to UIL with the National Commission's note. The cycle's row is
	 * locked before anything is read, so that concurrent nominations of the cycle are
	 * counted one after the other and the quota holds; the application is read after the
	 * lock, so that a second click on the same application meets its new state.
	 */
	void nominate(PortalUser endorser, long applicationId, @Nullable String note) {
		AwardCycle cycle = lockCycleOf(applicationId);
		AwardApplication application = access.forEndorser(endorser, applicationId);
		requireAccepting(cycle);
		requireLength(note);
		if (application.state() == ApplicationState.SUBMITTED) {
			long used = applications.countInCountry(cycle.id(), application.countryCode(),
					ApplicationState.NOMINATIONS);
			if (used >= cycle.nominationQuota()) {
				throw new RefusedActionException("award.nomination.error.quotaReached", cycle.nominationQuota());
			}
		}
		application.nominate(note == null ? "" : note, Actor.of(endorser), now());
		applications.save(application);
	}

	/** Does not nominate the city, with the reason the city reads. */
	void decline(PortalUser endorser, long applicationId, @Nullable String reason) {
		AwardCycle cycle = lockCycleOf(applicationId);
		AwardApplication application = access.forEndorser(endorser, applicationId);
		requireAccepting(cycle);
		requireLength(reason);
		application.decline(reason == null ? "" : reason, Actor.of(endorser), now());
		applications.save(application);
	}

	/**
	 * What the National Commission is asked to confirm before it does not nominate a
	 * city.
	 */
	record DeclineCheck(long applicationId, String cityName, String reason) {
	}

	/**
	 * Checks a decline as {@link #decline} would (country, phase, state, reason) without
	 * changing anything, and names the city for the confirmation.
	 */
	DeclineCheck checkDecline(PortalUser endorser, long applicationId, @Nullable String reason, Locale locale) {
		AwardApplication application = access.forEndorser(endorser, applicationId);
		requireAccepting(cycles.findById(application.cycleId()).orElseThrow());
		requireLength(reason);
		String text = reason == null ? "" : reason.strip();
		application.checkDeclinable(text);
		String cityName = cities.cards(List.of(application.cityId()), locale)
			.stream()
			.findFirst()
			.map(CityCard::name)
			.orElse("");
		return new DeclineCheck(application.id(), cityName, text);
	}

	// Helpers
	// ------------------------------------------------------------------------------------

	private AwardCycle lockCycleOf(long applicationId) {
		long cycleId = jdbc.sql("select cycle_id from award_application where id = :id")
			.param("id", applicationId)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return cycles.lockById(cycleId);
	}

	private void requireAccepting(AwardCycle cycle) {
		if (!cycle.acceptsNominationsOn(LocalDate.now(clock))) {
			throw new RefusedActionException("award.nomination.error.closed", String.valueOf(cycle.year()));
		}
	}

	private static void requireLength(@Nullable String text) {
		if (text != null && text.strip().length() > MAX_TEXT) {
			throw new RefusedActionException("award.nomination.error.tooLong", MAX_TEXT);
		}
	}

	private static String countryOf(PortalUser endorser) {
		if (!endorser.is(Role.NATCOM_ENDORSER) || endorser.countryCode() == null) {
			throw new AccessDeniedException("Only a National Commission nominates");
		}
		return endorser.countryCode();
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	private Instant now() {
		return clock.instant();
	}

}
