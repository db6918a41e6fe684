package org.unesco.gnlc.award;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.unesco.gnlc.award.ReviewAssignment.Status;
import org.unesco.gnlc.city.CityCard;
import org.unesco.gnlc.reference.UnescoRegion;

/** What the review pages show, read in a few statements and handed to the templates. */
final class ReviewViews {

	/**
	 * At least this many reviewers score each nomination; the shortlist needs as many
	 * submitted reviews.
	 */
	static final int REVIEWERS_PER_NOMINATION = 2;

	private ReviewViews() {
	}

	// Assignment (UIL_ADMIN)
	// ---------------------------------------------------------------------

	/** A reviewer on a nomination, as UIL_ADMIN sees them. */
	record AssignedReviewer(long assignmentId, long reviewerId, String name, @Nullable String countryCode,
			Status status, boolean scored, @Nullable String conflictNote) {

		public boolean withdrawable() {
			return !scored && status == Status.TO_SCORE;
		}

	}

	/**
	 * A nomination with its reviewers; {@code active} counts those without a declared
	 * conflict.
	 */
	record NominationAssignments(long applicationId, @Nullable String reference, CityCard city, ApplicationState state,
			List<AssignedReviewer> reviewers, List<ReviewerLoad> assignable) {

		public long active() {
			return reviewers.stream().filter(reviewer -> reviewer.status() != Status.CONFLICT).count();
		}

		public boolean shortOfReviewers() {
			return active() < REVIEWERS_PER_NOMINATION;
		}

		public boolean hasConflict() {
			return reviewers.stream().anyMatch(reviewer -> reviewer.status() == Status.CONFLICT);
		}

	}

	/** A reviewer with their load in the cycle. */
	record ReviewerLoad(long id, String name, @Nullable String countryCode, long open, long submitted, long conflicts) {
	}

	// The reviewer's own assignments
	// ------------------------------------------------------------

	/**
	 * One of the reviewer's assignments; a conflicted one (declared, or of their country)
	 * shows no city.
	 */
	record MyAssignment(long assignmentId, long applicationId, @Nullable String reference, CityCard city, int year,
			CycleState cycleState, Status status, Instant assignedAt, @Nullable Instant submittedAt,
			boolean conflicted) {
	}

	/** One criterion on the reviewer's page: their current score and its history. */
	record CriterionScores(CriterionInfo criterion, @Nullable ScoreLine current, List<ScoreLine> history) {
	}

	record ScoreLine(int score, @Nullable String comment, Instant scoredAt) {
	}

	/**
	 * Another reviewer's submitted scores, shown once the reader has submitted their own.
	 */
	record OtherReview(long reviewerId, String name, double percent, Map<Long, ScoreLine> byCriterion) {
	}

	record AssignmentPage(long assignmentId, long applicationId, @Nullable String reference, CityCard city,
			ApplicationState applicationState, AwardCycleInfo cycle, Status status, @Nullable String conflictNote,
			@Nullable Instant conflictDeclaredAt, @Nullable Instant submittedAt, boolean scoringOpen,
			List<CriterionScores> criteria, List<OtherReview> others, @Nullable Double ownPercent) {
	}

	// Leaderboard
	// ------------------------------------------------------------------------------

	/**
	 * A nomination on the leaderboard. {@code mean} and {@code spread} are percentages;
	 * they are null without a submitted review, and hidden from a reviewer who has yet to
	 * submit their own.
	 */
	record LeaderboardRow(int rank, long applicationId, @Nullable String reference, CityCard city,
			ApplicationState state, long reviews, @Nullable Double mean, @Nullable Double spread, boolean hidden,
			boolean mayAct, boolean conflicted) {

		/**
		 * The mean as every page and the decision pack print it ({@link Percentages}).
		 */
		public @Nullable BigDecimal roundedMean() {
			return Percentages.rounded(mean);
		}

		public @Nullable BigDecimal roundedSpread() {
			return Percentages.rounded(spread);
		}

		public boolean shortlistable() {
			return state == ApplicationState.NOMINATED && reviews >= REVIEWERS_PER_NOMINATION;
		}

		public boolean shortlisted() {
			return state == ApplicationState.SHORTLISTED;
		}

	}

	record CountryCount(String countryCode, String countryName, UnescoRegion region, long nominations, long reviewed,
			long shortlisted) {
	}

	record RegionCount(UnescoRegion region, long nominations, long reviewed, long shortlisted) {

		/**
		 * The region's share of the shortlist against its share of the nominations, in
		 * percent.
		 */
		public double nominationShare(long allNominations) {
			return allNominations == 0 ? 0 : 100.0 * nominations / allNominations;
		}

		public double shortlistShare(long allShortlisted) {
			return allShortlisted == 0 ? 0 : 100.0 * shortlisted / allShortlisted;
		}

	}

}
