package org.unesco.gnlc.conference;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ConferenceSessionRepository extends JpaRepository<ConferenceSession, Long> {

	Optional<ConferenceSession> findByIdAndConferenceId(long id, long conferenceId);

	List<ConferenceSession> findByConferenceIdAndTypeAndNumber(long conferenceId, SessionType type, Integer number);

}
