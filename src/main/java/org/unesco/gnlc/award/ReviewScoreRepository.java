package org.unesco.gnlc.award;

import org.springframework.data.repository.Repository;

/** Scores are only ever added: the repository offers no update and no delete. */
interface ReviewScoreRepository extends Repository<ReviewScore, Long> {

	ReviewScore save(ReviewScore score);

	boolean existsByApplicationIdAndReviewerId(long applicationId, long reviewerId);

}
