package org.unesco.gnlc.award;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface CriterionRepository extends Repository<Criterion, Long> {

	List<Criterion> findByCycleIdOrderByPosition(long cycleId);

	Optional<Criterion> findById(long id);

	long countByCycleId(long cycleId);

	Criterion save(Criterion criterion);

	void delete(Criterion criterion);

}
