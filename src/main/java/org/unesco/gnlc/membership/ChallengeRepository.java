package org.unesco.gnlc.membership;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface ChallengeRepository extends ListCrudRepository<Challenge, Long> {

	List<Challenge> findByActiveTrueOrderByPosition();

	List<Challenge> findAllByOrderByPosition();

}
