package org.unesco.gnlc.award;

import java.sql.Timestamp;
import java.time.Clock;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unesco.gnlc.account.AccountInfo;
import org.unesco.gnlc.account.Accounts;
import org.unesco.gnlc.shared.security.PortalUser;
import org.unesco.gnlc.shared.security.Role;
import org.unesco.gnlc.shared.web.RefusedActionException;

/**
 * Who sits on a cycle's jury. UIL_ADMIN adds and removes jury members (active accounts
 * with the JURY_MEMBER role, at most {@link #MAX_JURORS}) until the first ballot is cast
 * or the cycle is published; the cycle's row is locked first, so that changes and ballots
 * go one at a time.
 */
@Service
@Transactional
@RequiredArgsConstructor
class JuryComposition {

	/** A jury is a small body; the portal refuses to grow one beyond this. */
	static final int MAX_JURORS = 30;

	private final AwardCycleRepository cycles;

	private final BallotRepository ballots;

	private final Accounts accounts;

	private final JdbcClient jdbc;

	private final Clock clock;

	void addJuror(PortalUser user, int year, long accountId) {
		AwardRoles.requireAdmin(user);
		AwardCycle cycle = composable(year);
		AccountInfo account = accounts.byId(accountId)
			.filter(candidate -> candidate.active() && candidate.role() == Role.JURY_MEMBER)
			.orElseThrow(() -> new RefusedActionException("award.jury.error.notAJuror"));
		int size = jdbc.sql("select count(*) from award_juror where cycle_id = :cycle")
			.param("cycle", cycle.id())
			.query(Integer.class)
			.single();
		if (size >= MAX_JURORS) {
			throw new RefusedActionException("award.jury.error.juryFull", MAX_JURORS);
		}
		int added = jdbc.sql("""
				insert into award_juror (cycle_id, account_id, added_at, added_by)
				values (:cycle, :account, :now, :by)
				on conflict do nothing
				""")
			.param("cycle", cycle.id())
			.param("account", account.id())
			.param("now", Timestamp.from(clock.instant()))
			.param("by", user.fullName())
			.update();
		if (added == 0) {
			throw new RefusedActionException("award.jury.error.alreadyOnJury", account.fullName());
		}
	}

	void removeJuror(PortalUser user, int year, long accountId) {
		AwardRoles.requireAdmin(user);
		AwardCycle cycle = composable(year);
		int removed = jdbc.sql("delete from award_juror where cycle_id = :cycle and account_id = :account")
			.param("cycle", cycle.id())
			.param("account", accountId)
			.update();
		if (removed == 0) {
			throw new RefusedActionException("award.jury.error.notOnJury");
		}
	}

	/** Whether the account sits on the cycle's jury. */
	@Transactional(readOnly = true)
	boolean sits(long cycleId, long accountId) {
		return jdbc.sql("select exists (select 1 from award_juror where cycle_id = :cycle and account_id = :account)")
			.param("cycle", cycleId)
			.param("account", accountId)
			.query(Boolean.class)
			.single();
	}

	/**
	 * The cycle, locked, while its jury may still change: not published, no ballot cast.
	 */
	private AwardCycle composable(int year) {
		AwardCycle cycle = cycles.lockByYear(year);
		if (cycle.state() == CycleState.PUBLISHED) {
			throw new RefusedActionException("award.error.cyclePublished");
		}
		if (ballots.countByCycleId(cycle.id()) > 0) {
			throw new RefusedActionException("award.jury.error.votingStarted");
		}
		return cycle;
	}

}
