package org.unesco.gnlc.award;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;
import org.unesco.gnlc.shared.persistence.BaseEntity;

/**
 * One score a reviewer gave one criterion of a nomination, with their comment. Scores are
 * append-only (a database trigger refuses updates and deletes): a change is a new row,
 * and the latest row per nomination, reviewer and criterion counts; the earlier ones are
 * its history.
 */
@Entity
@Immutable
@Table(name = "award_score")
class ReviewScore extends BaseEntity {

	private long applicationId;

	private long reviewerId;

	private long criterionId;

	private int score;

	private @Nullable String comment;

	private Instant scoredAt;

	protected ReviewScore() {
	}

	ReviewScore(long applicationId, long reviewerId, long criterionId, int score, @Nullable String comment,
			Instant scoredAt) {
		this.applicationId = applicationId;
		this.reviewerId = reviewerId;
		this.criterionId = criterionId;
		this.score = score;
		this.comment = comment;
		this.scoredAt = scoredAt;
	}

}
