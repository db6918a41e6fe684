package org.unesco.gnlc.conference;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaRepository;

interface ConferenceDocumentRepository extends JpaRepository<OutcomeDocument, Long> {

	Optional<OutcomeDocument> findByIdAndConferenceId(long id, long conferenceId);

	@Query("select coalesce(max(d.position), 0) from ConferenceDocument d where d.conferenceId = :conferenceId")
	int lastPosition(long conferenceId);

	/**
	 * The document, locked so that concurrent changes to its points are applied one after
	 * the other.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select d from ConferenceDocument d where d.id = :id and d.conferenceId = :conferenceId")
	Optional<OutcomeDocument> lockByIdAndConferenceId(long id, long conferenceId);

}
