package org.unesco.gnlc.progress;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProgressRoundRepository extends JpaRepository<ProgressRound, Long> {

	List<ProgressRound> findAllByOrderByDeadlineDesc();

	List<ProgressRound> findByStateOrderByDeadline(RoundState state);

	@EntityGraph(attributePaths = { "steps" })
	@Query("select r from ProgressRound r where r.id = :id")
	Optional<ProgressRound> findWithSteps(long id);

}
