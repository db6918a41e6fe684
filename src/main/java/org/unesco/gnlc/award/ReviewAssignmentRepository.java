package org.unesco.gnlc.award;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface ReviewAssignmentRepository extends Repository<ReviewAssignment, Long> {

	Optional<ReviewAssignment> findById(long id);

	/**
	 * The assignment's row, locked until the transaction ends: scoring and UIL_ADMIN
	 * taking the assignment back go one after the other, so no score lands on a withdrawn
	 * assignment.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select a from ReviewAssignment a where a.id = :id")
	Optional<ReviewAssignment> lockById(long id);

	boolean existsByApplicationIdAndReviewerId(long applicationId, long reviewerId);

	ReviewAssignment saveAndFlush(ReviewAssignment assignment);

	void delete(ReviewAssignment assignment);

}
