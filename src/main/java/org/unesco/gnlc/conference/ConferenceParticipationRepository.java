package org.unesco.gnlc.conference;

import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaRepository;

interface ConferenceParticipationRepository extends JpaRepository<Participation, Long> {

	Optional<Participation> findByIdAndConferenceId(long id, long conferenceId);

	boolean existsByPersonId(long personId);

	long countBySessionId(long sessionId);

	@Query("select coalesce(max(p.position), 0) from ConferenceParticipation p where p.conferenceId = :conferenceId")
	int lastPosition(long conferenceId);

	@Query("""
			select count(p) > 0 from ConferenceParticipation p
			where p.conferenceId = :conferenceId and p.personId = :personId and p.role = :role
			  and (p.sessionId = :sessionId or (p.sessionId is null and :sessionId is null))
			  and p.id <> :exceptId
			""")
	boolean existsSameRole(long conferenceId, Long sessionId, long personId, ParticipationRole role, long exceptId);

}
