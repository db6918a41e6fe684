package org.unesco.gnlc.conference;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaRepository;

interface ConferenceRepository extends JpaRepository<Conference, Long> {

	Optional<Conference> findByOrdinal(int ordinal);

	/**
	 * The conference, locked until the transaction ends: every change to a conference's
	 * record takes this lock first, so that concurrent edits (two agenda items in one
	 * slot, two sessions with one number) are checked one after the other.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select c from Conference c where c.ordinal = :ordinal")
	Optional<Conference> lockByOrdinal(int ordinal);

	boolean existsByOrdinal(int ordinal);

	Optional<Conference> findByAwardYear(int awardYear);

}
