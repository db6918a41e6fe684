package org.unesco.gnlc.award;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * The Award's cycles. The one way to find a cycle for a page is
 * {@link #getByYear}/{@link #getById} (404 when unknown); the one way to change a cycle
 * or anything that depends on its phase is to lock its row first with
 * {@link #lockByYear}/{@link #lockById}: nominations, scores, assignments, the shortlist,
 * jury changes, ballots, the selection and the phase changes then go one at a time per
 * cycle, always in the same order. Lock before reading the cycle in the same transaction,
 * so that whoever waited for the lock reads what the one before them did.
 */
interface AwardCycleRepository extends Repository<AwardCycle, Long> {

	List<AwardCycle> findAllByOrderByYearDesc();

	Optional<AwardCycle> findByYear(int year);

	Optional<AwardCycle> findById(long id);

	/** The cycles a city may apply to or follows now, latest first. */
	@Query("select c from AwardCycle c where c.state <> org.unesco.gnlc.award.CycleState.PUBLISHED order by c.year desc")
	List<AwardCycle> findUnpublished();

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select c from AwardCycle c where c.id = :id")
	Optional<AwardCycle> findLockedById(long id);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select c from AwardCycle c where c.year = :year")
	Optional<AwardCycle> findLockedByYear(int year);

	AwardCycle save(AwardCycle cycle);

	AwardCycle saveAndFlush(AwardCycle cycle);

	/** The cycle of the year, or 404. */
	default AwardCycle getByYear(int year) {
		return findByYear(year).orElseThrow(AwardCycleRepository::notFound);
	}

	/** The cycle, or 404. */
	default AwardCycle getById(long id) {
		return findById(id).orElseThrow(AwardCycleRepository::notFound);
	}

	/**
	 * The cycle of the year, its row locked until the transaction ends; 404 when unknown.
	 */
	default AwardCycle lockByYear(int year) {
		return findLockedByYear(year).orElseThrow(AwardCycleRepository::notFound);
	}

	/** The cycle, its row locked until the transaction ends; 404 when unknown. */
	default AwardCycle lockById(long id) {
		return findLockedById(id).orElseThrow(AwardCycleRepository::notFound);
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
