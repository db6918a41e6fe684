package org.unesco.gnlc.award;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;
import org.unesco.gnlc.account.AccountInfo;
import org.unesco.gnlc.account.Accounts;
import org.unesco.gnlc.award.ReviewAssignment.Status;
import org.unesco.gnlc.award.ReviewForms.ScoreEntry;
import org.unesco.gnlc.award.ReviewForms.ScoreForm;
import org.unesco.gnlc.award.ReviewViews.AssignmentPage;
import org.unesco.gnlc.award.ReviewViews.CriterionScores;
import org.unesco.gnlc.award.ReviewViews.MyAssignment;
import org.unesco.gnlc.award.ReviewViews.OtherReview;
import org.unesco.gnlc.award.ReviewViews.ScoreLine;
import org.unesco.gnlc.city.Cities;
import org.unesco.gnlc.city.CityCard;
import org.unesco.gnlc.shared.security.PortalUser;
import org.unesco.gnlc.shared.security.Role;
import org.unesco.gnlc.shared.web.RefusedActionException;

/**
 * The reviewer's side of the review: their assignments, a conflict of interest, and their
 * scores. Scores are only ever added; a reviewer reads the others' scores only once they
 * have submitted their own, and until then the page does not even query them.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
class Reviews {

	static final int PAGE_SIZE = 25;

	/**
	 * The outcome of a scoring: first submission, a change (new rows), or nothing to
	 * change.
	 */
	enum Outcome {

		SUBMITTED, CHANGED, UNCHANGED

	}

	private final AwardCycleRepository cycles;

	private final CriterionRepository criteria;

	private final ReviewAssignmentRepository assignments;

	private final ReviewScoreRepository scores;

	private final ApplicationAccess access;

	private final Accounts accounts;

	private final Cities cities;

	private final JdbcClient jdbc;

	private final Clock clock;

	/**
	 * The reviewer's assignments in the cycles not yet published: those to score first.
	 */
	Page<MyAssignment> mine(PortalUser reviewer, int page, Locale locale) {
		AwardRoles.requireReviewer(reviewer);
		record Row(long id, long applicationId, @Nullable String reference, long cityId, String countryCode, int year,
				CycleState cycleState, Status status, Instant assignedAt, @Nullable Instant submittedAt, long total) {
		}
		List<Row> rows = jdbc.sql("""
				select r.id, r.application_id, a.reference, a.city_id, a.country_code, c.year, c.state as cycle_state,
				       case when r.conflict_declared_at is not null then 'CONFLICT'
				            when r.submitted_at is not null then 'SUBMITTED' else 'TO_SCORE' end as status,
				       r.assigned_at, r.submitted_at, count(*) over () as total
				from award_review_assignment r
				join award_application a on a.id = r.application_id
				join award_cycle c on c.id = a.cycle_id
				where r.reviewer_id = :reviewer and c.state <> 'PUBLISHED'
				order by case when r.conflict_declared_at is null and r.submitted_at is null then 0 else 1 end,
				         c.year desc, r.assigned_at, r.id
				limit :limit offset :offset
				""")
			.param("reviewer", reviewer.accountId())
			.param("limit", PAGE_SIZE)
			.param("offset", (long) page * PAGE_SIZE)
			.query((row, number) -> new Row(row.getLong("id"), row.getLong("application_id"),
					row.getString("reference"), row.getLong("city_id"), row.getString("country_code"),
					row.getInt("year"), CycleState.valueOf(row.getString("cycle_state")),
					Status.valueOf(row.getString("status")), row.getTimestamp("assigned_at").toInstant(),
					instant(row.getTimestamp("submitted_at")), row.getLong("total")))
			.list();
		Map<Long, CityCard> cards = cards(rows.stream().map(Row::cityId).toList(), locale);
		List<MyAssignment> content = rows.stream()
			.map(row -> new MyAssignment(row.id(), row.applicationId(), row.reference(),
					Objects.requireNonNull(cards.get(row.cityId())), row.year(), row.cycleState(), row.status(),
					row.assignedAt(), row.submittedAt(),
					row.status() == Status.CONFLICT || row.countryCode().equals(reviewer.countryCode())))
			.toList();
		return new PageImpl<>(content, PageRequest.of(page, PAGE_SIZE), rows.isEmpty() ? 0 : rows.get(0).total());
	}

	/**
	 * How many of the reviewer's assignments wait for their scores in cycles under
	 * review.
	 */
	long toScore(PortalUser reviewer) {
		return jdbc.sql("""
				select count(*) from award_review_assignment r
				join award_application a on a.id = r.application_id
				join award_cycle c on c.id = a.cycle_id
				where r.reviewer_id = :reviewer and r.submitted_at is null and r.conflict_declared_at is null
				  and c.state in ('OPEN', 'REVIEW')
				""").param("reviewer", reviewer.accountId()).query(Long.class).single();
	}

	/**
	 * The page of one assignment: the nomination, the criteria with the reviewer's scores
	 * and their history and, only once the reviewer has submitted, the other reviewers'
	 * scores.
	 */
	AssignmentPage page(PortalUser reviewer, long assignmentId, Locale locale) {
		ReviewAssignment assignment = own(reviewer, assignmentId, false);
		AwardApplication application = access.forSecretariat(reviewer, assignment.applicationId());
		if (assignment.status() == Status.CONFLICT || application.countryCode().equals(reviewer.countryCode())) {
			// A conflicted reviewer reads nothing of the nomination: its list shows
			// "conflict of interest".
			throw new AccessDeniedException("Conflict of interest");
		}
		AwardCycle cycle = cycles.getById(application.cycleId());
		List<CriterionInfo> criteriaOfCycle = criteria.findByCycleIdOrderByPosition(cycle.id())
			.stream()
			.map(criterion -> criterion.info(locale))
			.toList();
		Map<Long, List<ScoreLine>> own = new HashMap<>();
		jdbc.sql("""
				select criterion_id, score, comment, scored_at from award_score
				where application_id = :application and reviewer_id = :reviewer
				order by criterion_id, id desc
				""").param("application", application.id()).param("reviewer", reviewer.accountId()).query(rows -> {
			own.computeIfAbsent(rows.getLong("criterion_id"), id -> new ArrayList<>())
				.add(new ScoreLine(rows.getInt("score"), rows.getString("comment"),
						rows.getTimestamp("scored_at").toInstant()));
		});
		List<CriterionScores> lines = new ArrayList<>();
		Map<Long, ScoreLine> ownLatest = new HashMap<>();
		for (CriterionInfo criterion : criteriaOfCycle) {
			List<ScoreLine> history = own.getOrDefault(criterion.id(), List.of());
			ScoreLine current = history.isEmpty() ? null : history.get(0);
			if (current != null) {
				ownLatest.put(criterion.id(), current);
			}
			lines.add(new CriterionScores(criterion, current,
					history.size() > 1 ? history.subList(1, history.size()) : List.of()));
		}
		List<OtherReview> others = assignment.isSubmitted() && assignment.status() != Status.CONFLICT
				? others(application.id(), reviewer.accountId(), criteriaOfCycle) : List.of();
		CityCard city = cards(List.of(application.cityId()), locale).get(application.cityId());
		return new AssignmentPage(assignment.id(), application.id(), application.reference(),
				Objects.requireNonNull(city), application.state(), cycle.info(locale, 0), assignment.status(),
				assignment.conflictNote(), assignment.conflictDeclaredAt(), assignment.submittedAt(),
				mayScore(reviewer, assignment, application, cycle), lines, others,
				assignment.isSubmitted() ? percent(ownLatest, criteriaOfCycle) : null);
	}

	/**
	 * The criteria of the cycle of the reviewer's own assignment, in order, to check a
	 * scoring against.
	 */
	List<CriterionInfo> criteriaOf(PortalUser reviewer, long assignmentId, Locale locale) {
		own(reviewer, assignmentId, false);
		return criteria.findByCycleIdOrderByPosition(cycleIdOf(assignmentId))
			.stream()
			.map(criterion -> criterion.info(locale))
			.toList();
	}

	/** The form pre-filled with the reviewer's current scores. */
	ScoreForm currentScores(AssignmentPage page) {
		return ScoreForm.of(page.criteria()
			.stream()
			.map(line -> new ScoreEntry(line.criterion().id(), line.current() == null ? null : line.current().score(),
					line.current() == null ? null : line.current().comment()))
			.toList());
	}

	/**
	 * The latest scores of the other reviewers who submitted theirs, without a conflict.
	 */
	private List<OtherReview> others(long applicationId, long readerId, List<CriterionInfo> criteriaOfCycle) {
		Map<Long, Map<Long, ScoreLine>> byReviewer = new LinkedHashMap<>();
		jdbc.sql("""
				select distinct on (s.reviewer_id, s.criterion_id) s.reviewer_id, s.criterion_id, s.score, s.comment,
				       s.scored_at
				from award_score s
				join award_review_assignment r on r.application_id = s.application_id and r.reviewer_id = s.reviewer_id
				where s.application_id = :application and s.reviewer_id <> :reader
				  and r.submitted_at is not null and r.conflict_declared_at is null
				order by s.reviewer_id, s.criterion_id, s.id desc
				""").param("application", applicationId).param("reader", readerId).query(rows -> {
			byReviewer.computeIfAbsent(rows.getLong("reviewer_id"), id -> new HashMap<>())
				.put(rows.getLong("criterion_id"), new ScoreLine(rows.getInt("score"), rows.getString("comment"),
						rows.getTimestamp("scored_at").toInstant()));
		});
		if (byReviewer.isEmpty()) {
			return List.of();
		}
		Map<Long, String> names = accounts.activeWithRole(Role.UIL_REVIEWER)
			.stream()
			.collect(Collectors.toMap(AccountInfo::id, AccountInfo::fullName));
		List<OtherReview> others = new ArrayList<>();
		byReviewer.forEach((reviewerId, lines) -> others.add(new OtherReview(reviewerId,
				names.getOrDefault(reviewerId, "#" + reviewerId), percent(lines, criteriaOfCycle), lines)));
		return others;
	}

	/** A reviewer's weighted score in percent: Σ weight × score / scale ÷ Σ weight. */
	static double percent(Map<Long, ScoreLine> lines, List<CriterionInfo> criteriaOfCycle) {
		double weighted = 0;
		double weights = 0;
		for (CriterionInfo criterion : criteriaOfCycle) {
			ScoreLine line = lines.get(criterion.id());
			if (line != null) {
				weighted += criterion.weight() * (double) line.score() / criterion.scaleMax();
				weights += criterion.weight();
			}
		}
		return weights == 0 ? 0 : 100 * weighted / weights;
	}

	/**
	 * The reviewer declares a conflict of interest: they no longer score, UIL assigns
	 * another reviewer.
	 */
	@Transactional
	void declareConflict(PortalUser reviewer, long assignmentId, @Nullable String note) {
		AwardCycle cycle = lockCycleOf(assignmentId);
		ReviewAssignment assignment = own(reviewer, assignmentId, true);
		access.forSecretariat(reviewer, assignment.applicationId());
		if (!cycle.isUnderReview()) {
			throw new RefusedActionException("award.review.error.reviewClosed");
		}
		assignment.declareConflict(note == null ? "" : note, clock.instant());
		assignments.saveAndFlush(assignment);
	}

	/**
	 * Records the reviewer's scores, all criteria at once: the first time it submits
	 * them; later, each changed score is a new row and the earlier one stays in the
	 * history. Refused with a conflict, for a city of the reviewer's country, out of
	 * scale, incomplete, or once the jury is convened; nothing is saved then.
	 */
	@Transactional
	Outcome score(PortalUser reviewer, long assignmentId, ScoreForm form) {
		AwardCycle cycle = lockCycleOf(assignmentId);
		ReviewAssignment assignment = own(reviewer, assignmentId, true);
		AwardApplication application = access.forSecretariat(reviewer, assignment.applicationId());
		assignment.requireNoConflict();
		if (application.countryCode().equals(reviewer.countryCode())) {
			throw new RefusedActionException("award.review.error.ownCountryScore");
		}
		if (!cycle.isUnderReview()) {
			throw new RefusedActionException("award.review.error.reviewClosed");
		}
		if (!ReviewAssignments.UNDER_REVIEW.contains(application.state().name())) {
			throw new RefusedActionException("award.review.error.notUnderReview");
		}
		List<Criterion> criteriaOfCycle = criteria.findByCycleIdOrderByPosition(cycle.id());
		Map<Long, ScoreEntry> entries = new HashMap<>();
		for (ScoreEntry entry : form.entriesOrEmpty()) {
			if (entry.criterionId() != null) {
				entries.put(entry.criterionId(), entry);
			}
		}
		Map<Long, ScoreLine> latest = latestOwn(application.id(), reviewer.accountId());
		Instant now = clock.instant();
		List<ReviewScore> added = new ArrayList<>();
		for (Criterion criterion : criteriaOfCycle) {
			ScoreEntry entry = entries.remove(criterion.id());
			if (entry == null || entry.score() == null) {
				throw new RefusedActionException("award.review.error.everyCriterion");
			}
			if (entry.score() < 0 || entry.score() > criterion.scaleMax()) {
				throw new RefusedActionException("award.review.error.outOfScale", criterion.position(),
						criterion.scaleMax());
			}
			String comment = entry.comment() == null || entry.comment().isBlank() ? null : entry.comment().strip();
			ScoreLine previous = latest.get(criterion.id());
			if (previous == null || previous.score() != entry.score() || !Objects.equals(previous.comment(), comment)) {
				added.add(new ReviewScore(application.id(), reviewer.accountId(), criterion.id(), entry.score(),
						comment, now));
			}
		}
		if (!entries.isEmpty()) {
			throw new RefusedActionException("award.review.error.unknownCriterion");
		}
		boolean first = !assignment.isSubmitted();
		if (added.isEmpty() && !first) {
			return Outcome.UNCHANGED;
		}
		added.forEach(scores::save);
		assignment.markSubmitted(now);
		assignments.saveAndFlush(assignment);
		return first ? Outcome.SUBMITTED : Outcome.CHANGED;
	}

	private Map<Long, ScoreLine> latestOwn(long applicationId, long reviewerId) {
		Map<Long, ScoreLine> latest = new HashMap<>();
		jdbc.sql("""
				select distinct on (criterion_id) criterion_id, score, comment, scored_at from award_score
				where application_id = :application and reviewer_id = :reviewer
				order by criterion_id, id desc
				""").param("application", applicationId).param("reviewer", reviewerId).query(rows -> {
			latest.put(rows.getLong("criterion_id"), new ScoreLine(rows.getInt("score"), rows.getString("comment"),
					rows.getTimestamp("scored_at").toInstant()));
		});
		return latest;
	}

	private static boolean mayScore(PortalUser reviewer, ReviewAssignment assignment, AwardApplication application,
			AwardCycle cycle) {
		return assignment.status() != Status.CONFLICT && cycle.isUnderReview()
				&& !application.countryCode().equals(reviewer.countryCode())
				&& ReviewAssignments.UNDER_REVIEW.contains(application.state().name());
	}

	/**
	 * Locks the cycle of the assignment first (as UIL_ADMIN's actions do), so that
	 * scoring, taking an assignment back and convening the jury go one after the other,
	 * always in the same order.
	 */
	private AwardCycle lockCycleOf(long assignmentId) {
		return cycles.lockById(cycleIdOf(assignmentId));
	}

	private long cycleIdOf(long assignmentId) {
		return jdbc.sql("""
				select a.cycle_id from award_review_assignment r join award_application a on a.id = r.application_id
				where r.id = :assignment
				""")
			.param("assignment", assignmentId)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/**
	 * The reviewer's own assignment; someone else's is refused (403), an unknown one is
	 * 404.
	 */
	private ReviewAssignment own(PortalUser reviewer, long assignmentId, boolean lock) {
		AwardRoles.requireReviewer(reviewer);
		ReviewAssignment assignment = (lock ? assignments.lockById(assignmentId) : assignments.findById(assignmentId))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (assignment.reviewerId() != reviewer.accountId()) {
			throw new AccessDeniedException("Another reviewer's assignment");
		}
		return assignment;
	}

	private Map<Long, CityCard> cards(List<Long> cityIds, Locale locale) {
		if (cityIds.isEmpty()) {
			return Map.of();
		}
		return cities.cards(cityIds, locale).stream().collect(Collectors.toMap(CityCard::id, Function.identity()));
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
