package org.unesco.gnlc.award;

import org.springframework.data.repository.Repository;

interface BallotRepository extends Repository<Ballot, Long> {

	boolean existsByCycleIdAndJurorId(long cycleId, long jurorId);

	long countByCycleId(long cycleId);

	Ballot saveAndFlush(Ballot ballot);

}
