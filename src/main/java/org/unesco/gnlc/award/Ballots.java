package org.unesco.gnlc.award;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unesco.gnlc.account.AccountInfo;
import org.unesco.gnlc.account.Accounts;
import org.unesco.gnlc.shared.security.PortalUser;
import org.unesco.gnlc.shared.web.RefusedActionException;

/**
 * The jurors' votes: a juror of the cycle's jury casts their one {@link Ballot}, which
 * checks the rules of a vote. The cycle's row is locked first, as for every change of a
 * cycle.
 */
@Service
@Transactional
@RequiredArgsConstructor
class Ballots {

	private final AwardCycleRepository cycles;

	private final BallotRepository ballots;

	private final JuryComposition composition;

	private final Accounts accounts;

	private final JdbcClient jdbc;

	private final Clock clock;

	/**
	 * Casts the juror's ballot; refused (with the rule broken) and nothing saved if it
	 * breaks one.
	 */
	void cast(PortalUser user, int year, Collection<Long> choices, boolean confirmed) {
		AwardRoles.requireJuror(user);
		AwardCycle cycle = cycles.lockByYear(year);
		if (!composition.sits(cycle.id(), user.accountId())) {
			throw new AccessDeniedException("Not on this cycle's jury");
		}
		Map<Long, String> shortlist = new HashMap<>();
		jdbc.sql("select id, country_code from award_application where cycle_id = :cycle and state = 'SHORTLISTED'")
			.param("cycle", cycle.id())
			.query(row -> {
				shortlist.put(row.getLong("id"), row.getString("country_code"));
			});
		String country = accounts.byId(user.accountId()).map(AccountInfo::countryCode).orElse(user.countryCode());
		Ballot ballot = Ballot.cast(cycle, user.accountId(), country,
				ballots.existsByCycleIdAndJurorId(cycle.id(), user.accountId()), choices, confirmed, shortlist,
				clock.instant());
		try {
			ballots.saveAndFlush(ballot);
		}
		catch (DataIntegrityViolationException secondBallot) {
			throw new RefusedActionException("award.jury.error.alreadyVoted");
		}
	}

}
