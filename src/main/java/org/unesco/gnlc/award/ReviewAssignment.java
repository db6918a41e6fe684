package org.unesco.gnlc.award;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;
import org.unesco.gnlc.shared.persistence.BaseEntity;
import org.unesco.gnlc.shared.security.Actor;
import org.unesco.gnlc.shared.web.RefusedActionException;

/**
 * A UIL reviewer assigned to one nomination. The reviewer either declares a conflict of
 * interest (and then no longer scores it) or scores every criterion and submits; only
 * once submitted do they see the other reviewers' scores. UIL_ADMIN may take the
 * assignment back as long as the reviewer has neither scored nor declared a conflict.
 */
@Entity
@Table(name = "award_review_assignment")
class ReviewAssignment extends BaseEntity {

	/** Where an assignment stands for its reviewer. */
	enum Status {

		TO_SCORE, SUBMITTED, CONFLICT;

		public String messageKey() {
			return "award.review.status." + name();
		}

	}

	private long applicationId;

	private long reviewerId;

	private Instant assignedAt;

	private String assignedBy;

	private @Nullable Instant conflictDeclaredAt;

	private @Nullable String conflictNote;

	private @Nullable Instant submittedAt;

	protected ReviewAssignment() {
	}

	ReviewAssignment(long applicationId, long reviewerId, Actor admin, Instant now) {
		this.applicationId = applicationId;
		this.reviewerId = reviewerId;
		this.assignedBy = admin.name();
		this.assignedAt = now;
	}

	/**
	 * The reviewer declares a conflict of interest: from now on they do not score this
	 * city.
	 */
	void declareConflict(String note, Instant now) {
		if (conflictDeclaredAt != null) {
			throw new RefusedActionException("award.review.error.conflictAlreadyDeclared");
		}
		if (note == null || note.isBlank()) {
			throw new RefusedActionException("award.review.error.conflictNoteRequired");
		}
		this.conflictNote = note.strip();
		this.conflictDeclaredAt = now;
	}

	/** Scoring is refused once a conflict is declared. */
	void requireNoConflict() {
		if (conflictDeclaredAt != null) {
			throw new RefusedActionException("award.review.error.conflictDeclared");
		}
	}

	/**
	 * The first submission of a complete set of scores; later changes keep the first
	 * time.
	 */
	void markSubmitted(Instant now) {
		requireNoConflict();
		if (submittedAt == null) {
			this.submittedAt = now;
		}
	}

	/**
	 * UIL_ADMIN may take the assignment back only before the reviewer has acted on it.
	 */
	void requireWithdrawable(boolean scored) {
		if (conflictDeclaredAt != null) {
			throw new RefusedActionException("award.review.error.unassignConflict");
		}
		if (scored || submittedAt != null) {
			throw new RefusedActionException("award.review.error.unassignScored");
		}
	}

	Status status() {
		if (conflictDeclaredAt != null) {
			return Status.CONFLICT;
		}
		return submittedAt != null ? Status.SUBMITTED : Status.TO_SCORE;
	}

	long applicationId() {
		return applicationId;
	}

	long reviewerId() {
		return reviewerId;
	}

	Instant assignedAt() {
		return assignedAt;
	}

	String assignedBy() {
		return assignedBy;
	}

	@Nullable Instant conflictDeclaredAt() {
		return conflictDeclaredAt;
	}

	@Nullable String conflictNote() {
		return conflictNote;
	}

	@Nullable Instant submittedAt() {
		return submittedAt;
	}

	boolean isSubmitted() {
		return submittedAt != null;
	}

}
