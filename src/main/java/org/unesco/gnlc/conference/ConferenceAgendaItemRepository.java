package org.unesco.gnlc.conference;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ConferenceAgendaItemRepository extends JpaRepository<AgendaItem, Long> {

	Optional<AgendaItem> findByIdAndConferenceId(long id, long conferenceId);

	List<AgendaItem> findByConferenceIdOrderByDayAscPositionAsc(long conferenceId);

	List<AgendaItem> findByConferenceIdAndDayOrderByPositionAsc(long conferenceId, LocalDate day);

}
