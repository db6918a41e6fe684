package org.unesco.gnlc.award;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface AwardCycleRepository extends Repository<AwardCycle, Long> {

	List<AwardCycle> findAllByOrderByYearDesc();

	Optional<AwardCycle> findByYear(int year);

	Optional<AwardCycle> findById(long id);

	/** The cycles a city may apply to or follows now, latest first. */
	@Query("select c from AwardCycle c where c.state <> org.unesco.gnlc.award.CycleState.PUBLISHED order by c.year desc")
	List<AwardCycle> findUnpublished();

	/**
	 * The cycle's row, locked until the transaction ends: nominations of a cycle go one at a time,
	 * so that the quota of each National Commission holds however many click at once.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select c from AwardCycle c where c.id = :id")
	Optional<AwardCycle> lockById(long id);

	AwardCycle save(AwardCycle cycle);

	AwardCycle saveAndFlush(AwardCycle cycle);

}
