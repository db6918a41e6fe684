package org.unesco.gnlc.award;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface AwardCycleRepository extends Repository<AwardCycle, Long> {

	List<AwardCycle> findAllByOrderByYearDesc();

	Optional<AwardCycle> findByYear(int year);

}
