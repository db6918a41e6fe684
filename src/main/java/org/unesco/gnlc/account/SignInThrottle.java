package org.unesco.gnlc.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing without locking anyone out for good. Failed sign-ins are
 * counted per account (e-mail) and per client address in a window; past a limit, sign-in
 * from that account or address waits, for a time that doubles with each further failure up
 * to a ceiling. Counts live in PostgreSQL so that every instance of the portal sees them.
 */
@Component
class SignInThrottle {

	static final Duration WINDOW = Duration.ofMinutes(15);

	static final Duration FIRST_WAIT = Duration.ofMinutes(1);

	static final Duration LONGEST_WAIT = Duration.ofMinutes(15);

	static final int FAILURES_PER_ACCOUNT = 5;

	static final int FAILURES_PER_ADDRESS = 20;

	private final JdbcClient jdbc;

	private final Clock clock;

	SignInThrottle(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** How long this account or address must wait before trying again, if at all. */
	@Transactional(readOnly = true)
	Optional<Duration> waitBeforeNextAttempt(String email, String address) {
		Instant now = clock.instant();
		List<Timestamp> blocks = jdbc
			.sql("select blocked_until from login_throttle where subject in (:subjects) and blocked_until > :now")
			.param("subjects", List.of(accountKey(email), addressKey(address)))
			.param("now", Timestamp.from(now))
			.query(Timestamp.class)
			.list();
		return blocks.stream()
			.map(until -> Duration.between(now, until.toInstant()))
			.max(Duration::compareTo);
	}

	// Recorded even when the sign-in's own transaction rolls back.
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void failed(String email, String address) {
		count(accountKey(email), FAILURES_PER_ACCOUNT);
		count(addressKey(address), FAILURES_PER_ADDRESS);
	}

	/** A correct password clears the account's count; the address's stays, it may be guessing many. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void succeeded(String email) {
		jdbc.sql("delete from login_throttle where subject = :subject").param("subject", accountKey(email)).update();
	}

	private void count(String subject, int limit) {
		Instant now = clock.instant();
		Timestamp windowStart = Timestamp.from(now.minus(WINDOW));
		int failures = jdbc.sql("""
				insert into login_throttle (subject, failures, window_started_at) values (:subject, 1, :now)
				on conflict (subject) do update set
				  failures = case when login_throttle.window_started_at < :windowStart then 1
				                  else login_throttle.failures + 1 end,
				  window_started_at = case when login_throttle.window_started_at < :windowStart then :now
				                           else login_throttle.window_started_at end
				returning failures
				""")
			.param("subject", subject)
			.param("now", Timestamp.from(now))
			.param("windowStart", windowStart)
			.query(Integer.class)
			.single();
		if (failures >= limit) {
			jdbc.sql("update login_throttle set blocked_until = :until where subject = :subject")
				.param("until", Timestamp.from(now.plus(waitAfter(failures - limit))))
				.param("subject", subject)
				.update();
		}
	}

	/** 1, 2, 4, 8 minutes… after the limit is reached, never more than the ceiling. */
	static Duration waitAfter(int failuresPastLimit) {
		int doublings = Math.min(failuresPastLimit, 10);
		Duration wait = FIRST_WAIT.multipliedBy(1L << doublings);
		return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
	}

	private static String accountKey(String email) {
		return "account:" + Accounts.normalize(email);
	}

	private static String addressKey(String address) {
		return "address:" + address;
	}

}
