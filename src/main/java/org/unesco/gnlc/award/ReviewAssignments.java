package org.unesco.gnlc.award;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
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
import org.unesco.gnlc.award.ReviewViews.AssignedReviewer;
import org.unesco.gnlc.award.ReviewViews.NominationAssignments;
import org.unesco.gnlc.award.ReviewViews.ReviewerLoad;
import org.unesco.gnlc.city.Cities;
import org.unesco.gnlc.city.CityCard;
import org.unesco.gnlc.shared.security.Actor;
import org.unesco.gnlc.shared.security.PortalUser;
import org.unesco.gnlc.shared.security.Role;
import org.unesco.gnlc.shared.web.RefusedActionException;

/**
 * UIL_ADMIN's side of the review: who reviews which nomination. A reviewer never reviews
 * a city of their own country, nor one on which they declared a conflict of interest;
 * each nomination needs at least two reviewers without a conflict. The page costs six
 * statements whatever the number of nominations (one page of them) and reviewers.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
class ReviewAssignments {

	static final int PAGE_SIZE = 25;

	/** The nominations UIL still reviews: reviewers are assigned to these. */
	static final List<String> UNDER_REVIEW = List.of(ApplicationState.NOMINATED.name(),
			ApplicationState.SHORTLISTED.name());

	private final AwardCycleRepository cycles;

	private final ReviewAssignmentRepository assignments;

	private final ReviewScoreRepository scores;

	private final ApplicationAccess access;

	private final Accounts accounts;

	private final Cities cities;

	private final JdbcClient jdbc;

	private final Clock clock;

	/**
	 * UIL_ADMIN's page of a cycle's assignments: the reviewers with their load and one
	 * page of nominations.
	 */
	record AssignmentsPage(AwardCycleInfo cycle, boolean underReview, List<ReviewerLoad> reviewers,
			Page<NominationAssignments> nominations, long shortOfReviewers) {
	}

	/**
	 * The assignments page of the cycle of the year (404 when unknown); a bounded number
	 * of statements.
	 */
	AssignmentsPage page(PortalUser admin, int year, boolean shortOnly, int page, Locale locale) {
		AwardRoles.requireAdmin(admin);
		AwardCycle cycle = cycles.getByYear(year);
		List<ReviewerLoad> reviewers = reviewers(cycle);
		return new AssignmentsPage(cycle.info(locale, 0), cycle.isUnderReview(), reviewers,
				nominations(cycle, reviewers, shortOnly, page, locale), shortOfReviewers(cycle));
	}

	/** The reviewers UIL may assign, by name, each with their load in the cycle. */
	List<ReviewerLoad> reviewers(AwardCycle cycle) {
		record Load(long open, long submitted, long conflicts) {
		}
		Map<Long, Load> loads = new HashMap<>();
		jdbc.sql(
				"""
						select r.reviewer_id,
						       count(*) filter (where r.submitted_at is null and r.conflict_declared_at is null) as open,
						       count(*) filter (where r.submitted_at is not null and r.conflict_declared_at is null) as submitted,
						       count(*) filter (where r.conflict_declared_at is not null) as conflicts
						from award_review_assignment r join award_application a on a.id = r.application_id
						where a.cycle_id = :cycle
						group by r.reviewer_id
						""")
			.param("cycle", cycle.id())
			.query(rows -> {
				loads.put(rows.getLong("reviewer_id"),
						new Load(rows.getLong("open"), rows.getLong("submitted"), rows.getLong("conflicts")));
			});
		return accounts.activeWithRole(Role.UIL_REVIEWER).stream().map(reviewer -> {
			Load load = loads.getOrDefault(reviewer.id(), new Load(0, 0, 0));
			return new ReviewerLoad(reviewer.id(), reviewer.fullName(), reviewer.countryCode(), load.open(),
					load.submitted(), load.conflicts());
		}).toList();
	}

	/**
	 * One page of the cycle's nominations with their reviewers; {@code shortOnly} keeps
	 * those with fewer than two reviewers without a conflict.
	 */
	Page<NominationAssignments> nominations(AwardCycle cycle, List<ReviewerLoad> reviewers, boolean shortOnly, int page,
			Locale locale) {
		record Row(long id, @Nullable String reference, long cityId, String countryCode, ApplicationState state,
				long total) {
		}
		List<Row> rows = jdbc.sql("""
				select a.id, a.reference, a.city_id, a.country_code, a.state, count(*) over () as total
				from award_application a
				where a.cycle_id = :cycle and a.state in (:states)
				  and (not :shortOnly or (select count(*) from award_review_assignment r
				                          where r.application_id = a.id and r.conflict_declared_at is null) < :needed)
				order by a.country_code, a.id
				limit :limit offset :offset
				""")
			.param("cycle", cycle.id())
			.param("states", UNDER_REVIEW)
			.param("shortOnly", shortOnly)
			.param("needed", ReviewViews.REVIEWERS_PER_NOMINATION)
			.param("limit", PAGE_SIZE)
			.param("offset", (long) page * PAGE_SIZE)
			.query((row, number) -> new Row(row.getLong("id"), row.getString("reference"), row.getLong("city_id"),
					row.getString("country_code"), ApplicationState.valueOf(row.getString("state")),
					row.getLong("total")))
			.list();
		PageRequest request = PageRequest.of(page, PAGE_SIZE);
		if (rows.isEmpty()) {
			return new PageImpl<>(List.of(), request, page == 0 ? 0 : countNominations(cycle, shortOnly));
		}
		Map<Long, List<AssignedReviewer>> byApplication = new HashMap<>();
		Map<Long, ReviewerLoad> reviewersById = reviewers.stream()
			.collect(Collectors.toMap(ReviewerLoad::id, Function.identity()));
		jdbc.sql("""
				select r.id, r.application_id, r.reviewer_id, r.submitted_at, r.conflict_declared_at, r.conflict_note,
				       exists (select 1 from award_score s
				               where s.application_id = r.application_id and s.reviewer_id = r.reviewer_id) as scored
				from award_review_assignment r
				where r.application_id in (:applications)
				order by r.assigned_at, r.id
				""").param("applications", rows.stream().map(Row::id).toList()).query(result -> {
			long reviewerId = result.getLong("reviewer_id");
			ReviewerLoad reviewer = reviewersById.get(reviewerId);
			Status status = result.getTimestamp("conflict_declared_at") != null ? Status.CONFLICT
					: result.getTimestamp("submitted_at") != null ? Status.SUBMITTED : Status.TO_SCORE;
			byApplication.computeIfAbsent(result.getLong("application_id"), id -> new ArrayList<>())
				.add(new AssignedReviewer(result.getLong("id"), reviewerId,
						reviewer == null ? "#" + reviewerId : reviewer.name(),
						reviewer == null ? null : reviewer.countryCode(), status, result.getBoolean("scored"),
						result.getString("conflict_note")));
		});
		Map<Long, CityCard> cards = cities.cards(rows.stream().map(Row::cityId).toList(), locale)
			.stream()
			.collect(Collectors.toMap(CityCard::id, Function.identity()));
		List<NominationAssignments> nominations = new ArrayList<>();
		for (Row row : rows) {
			List<AssignedReviewer> assigned = byApplication.getOrDefault(row.id(), List.of());
			Set<Long> taken = assigned.stream().map(AssignedReviewer::reviewerId).collect(Collectors.toSet());
			List<ReviewerLoad> assignable = reviewers.stream()
				.filter(reviewer -> !taken.contains(reviewer.id()))
				.filter(reviewer -> !row.countryCode().equals(reviewer.countryCode()))
				.sorted(Comparator.comparingLong(ReviewerLoad::open).thenComparing(ReviewerLoad::name))
				.toList();
			CityCard card = cards.get(row.cityId());
			nominations.add(new NominationAssignments(row.id(), row.reference(), Objects.requireNonNull(card),
					row.state(), assigned, assignable));
		}
		return new PageImpl<>(nominations, request, rows.get(0).total());
	}

	private long countNominations(AwardCycle cycle, boolean shortOnly) {
		return jdbc.sql("""
				select count(*) from award_application a
				where a.cycle_id = :cycle and a.state in (:states)
				  and (not :shortOnly or (select count(*) from award_review_assignment r
				                          where r.application_id = a.id and r.conflict_declared_at is null) < :needed)
				""")
			.param("cycle", cycle.id())
			.param("states", UNDER_REVIEW)
			.param("shortOnly", shortOnly)
			.param("needed", ReviewViews.REVIEWERS_PER_NOMINATION)
			.query(Long.class)
			.single();
	}

	/**
	 * How many nominations of the cycle have fewer than two reviewers without a conflict.
	 */
	long shortOfReviewers(AwardCycle cycle) {
		return countNominations(cycle, true);
	}

	/**
	 * Assigns the reviewer to the nomination. Refused outside the review, for a city of
	 * the reviewer's own country, for a reviewer who declared a conflict on it, twice, or
	 * for anyone who is not an active reviewer.
	 */
	@Transactional
	void assign(PortalUser admin, int year, long applicationId, long reviewerId) {
		AwardRoles.requireAdmin(admin);
		AwardCycle cycle = lockedCycleUnderReview(year);
		AwardApplication application = nominationOf(admin, cycle, applicationId);
		AccountInfo reviewer = accounts.byId(reviewerId)
			.filter(account -> account.active() && account.role() == Role.UIL_REVIEWER)
			.orElseThrow(() -> new RefusedActionException("award.review.error.notAReviewer"));
		if (application.countryCode().equals(reviewer.countryCode())) {
			throw new RefusedActionException("award.review.error.ownCountryAssignment", reviewer.fullName());
		}
		jdbc.sql("""
				select conflict_declared_at is not null from award_review_assignment
				where application_id = :application and reviewer_id = :reviewer
				""")
			.param("application", applicationId)
			.param("reviewer", reviewerId)
			.query(Boolean.class)
			.optional()
			.ifPresent(conflict -> {
				throw new RefusedActionException(
						conflict ? "award.review.error.reviewerDeclaredConflict" : "award.review.error.alreadyAssigned",
						reviewer.fullName());
			});
		try {
			assignments.saveAndFlush(new ReviewAssignment(applicationId, reviewerId, Actor.of(admin), clock.instant()));
		}
		catch (DataIntegrityViolationException concurrent) {
			throw new RefusedActionException("award.review.error.alreadyAssigned", reviewer.fullName());
		}
	}

	/**
	 * Takes an assignment back: only before the reviewer scored or declared a conflict.
	 */
	@Transactional
	void unassign(PortalUser admin, int year, long assignmentId) {
		AwardRoles.requireAdmin(admin);
		AwardCycle cycle = lockedCycleUnderReview(year);
		ReviewAssignment assignment = assignments.lockById(assignmentId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		nominationOf(admin, cycle, assignment.applicationId());
		assignment.requireWithdrawable(
				scores.existsByApplicationIdAndReviewerId(assignment.applicationId(), assignment.reviewerId()));
		assignments.delete(assignment);
	}

	private AwardCycle lockedCycleUnderReview(int year) {
		AwardCycle cycle = cycles.lockByYear(year);
		if (!cycle.isUnderReview()) {
			throw new RefusedActionException("award.review.error.reviewClosed");
		}
		return cycle;
	}

	/**
	 * A nomination of this cycle that UIL still reviews; 404 for one of another cycle.
	 */
	private AwardApplication nominationOf(PortalUser admin, AwardCycle cycle, long applicationId) {
		AwardApplication application = access.forSecretariat(admin, applicationId);
		if (application.cycleId() != cycle.id()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		if (!UNDER_REVIEW.contains(application.state().name())) {
			throw new RefusedActionException("award.review.error.notUnderReview");
		}
		return application;
	}

}
