package org.unesco.gnlc.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import java.util.Locale;

import lombok.RequiredArgsConstructor;

/**
 * Slows down guessing without letting anyone lock someone else out (ASVS 5.0 V6.3).
 * Failures are counted in PostgreSQL (every instance sees them), per subject, in a
 * window:
 * <ul>
 * <li>an account from one client address ({@link Reason#ACCOUNT_FROM_ADDRESS}): 5 wrong
 * passwords, then that address waits 1 minute for that account, doubling to 15;</li>
 * <li>one client address, whatever the accounts ({@link Reason#ADDRESS}): 20
 * failures;</li>
 * <li>an account from everywhere ({@link Reason#ACCOUNT}), the slow limit against
 * guessing from many addresses: 50 failures in a day. It holds back only addresses that
 * have failed on this account; from an address without failures the right password (and
 * then the right second code) still signs in, so a stranger cannot keep the owner
 * out.</li>
 * </ul>
 * The codes of the second step are counted on their own, per account and per account and
 * address, with waits that grow to a day; only a right code clears them, never a right
 * password.
 */
@Component
@RequiredArgsConstructor
class SignInThrottle {

	/** Why a sign-in has to wait, as the sign-in page and the security log name it. */
	enum Reason {

		ACCOUNT_FROM_ADDRESS("pair"), ADDRESS("address"), ACCOUNT("account");

		private final String parameter;

		Reason(String parameter) {
			this.parameter = parameter;
		}

		String parameter() {
			return parameter;
		}

	}

	record Wait(Duration duration, Reason reason) {

		/** The wait in whole minutes, at least one, as the pages tell it. */
		long minutes() {
			return Math.max(1, (duration.toSeconds() + 59) / 60);
		}

	}

	/** How many failures a subject may have in its window, and how long it then waits. */
	record Limit(int failures, Duration window, Duration firstWait, Duration longestWait) {

		/**
		 * firstWait, doubled with each failure past the limit, never more than
		 * longestWait.
		 */
		Duration waitAfter(int failuresPastLimit) {
			int doublings = Math.min(Math.max(failuresPastLimit, 0), 20);
			Duration wait = firstWait.multipliedBy(1L << doublings);
			return wait.compareTo(longestWait) > 0 ? longestWait : wait;
		}

	}

	static final Limit PASSWORDS_OF_ACCOUNT_FROM_ADDRESS = new Limit(5, Duration.ofMinutes(15), Duration.ofMinutes(1),
			Duration.ofMinutes(15));

	static final Limit FAILURES_FROM_ADDRESS = new Limit(20, Duration.ofMinutes(15), Duration.ofMinutes(1),
			Duration.ofMinutes(15));

	static final Limit PASSWORDS_OF_ACCOUNT = new Limit(50, Duration.ofDays(1), Duration.ofMinutes(15),
			Duration.ofDays(1));

	static final Limit CODES_OF_ACCOUNT_FROM_ADDRESS = new Limit(5, Duration.ofMinutes(15), Duration.ofMinutes(1),
			Duration.ofMinutes(15));

	static final Limit CODES_OF_ACCOUNT = new Limit(5, Duration.ofDays(1), Duration.ofMinutes(1), Duration.ofDays(1));

	/**
	 * Requests that send mail, limited per client address: registering, resending a link,
	 * resetting a password.
	 */
	enum MailingRequest {

		REGISTRATION, PASSWORD_RESET

	}

	static final Limit MAILING_REQUESTS_FROM_ADDRESS = new Limit(10, Duration.ofHours(1), Duration.ofMinutes(10),
			Duration.ofHours(1));

	private final JdbcClient jdbc;

	private final Clock clock;

	/** How long this password attempt must wait, and why, if at all. */
	@Transactional(readOnly = true)
	Optional<Wait> beforePassword(String email, String address) {
		return waitFor(passwordPair(email, address), address(address), passwordAccount(email),
				PASSWORDS_OF_ACCOUNT.window());
	}

	// Recorded even when the sign-in's own transaction rolls back.
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void passwordFailed(String email, String address) {
		count(passwordPair(email, address), PASSWORDS_OF_ACCOUNT_FROM_ADDRESS);
		count(address(address), FAILURES_FROM_ADDRESS);
		count(passwordAccount(email), PASSWORDS_OF_ACCOUNT);
	}

	/**
	 * The right password clears the failures of this account from this address only: the
	 * address's count stays (it may be guessing many accounts), and so does the account's
	 * (or a guesser who also knows one right password could reset it).
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void passwordSucceeded(String email, String address) {
		clear(passwordPair(email, address));
	}

	/**
	 * A new password through the link sent to the owner: earlier guesses of the old one
	 * no longer matter.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void passwordReplaced(String email) {
		forget(passwordAccount(email), "password-pair:" + hash(Accounts.normalize(email)) + ":");
	}

	/** How long this second-step code must wait, and why, if at all. */
	@Transactional(readOnly = true)
	Optional<Wait> beforeCode(long accountId, String address) {
		return waitFor(codePair(accountId, address), address(address), codeAccount(accountId),
				CODES_OF_ACCOUNT.window());
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void codeFailed(long accountId, String address) {
		count(codePair(accountId, address), CODES_OF_ACCOUNT_FROM_ADDRESS);
		count(address(address), FAILURES_FROM_ADDRESS);
		count(codeAccount(accountId), CODES_OF_ACCOUNT);
	}

	/** Only a right code clears the count of wrong codes. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void codeSucceeded(long accountId) {
		forget(codeAccount(accountId), "code-pair:" + accountId + ":");
	}

	/**
	 * Counts a request that sends mail from this address, unless the address has to wait:
	 * then answers how long, and nothing is counted.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	Optional<Wait> mailingRequest(MailingRequest request, String address) {
		String subject = "mailing:" + request.name().toLowerCase(Locale.ROOT) + ":" + hash(address);
		Instant now = clock.instant();
		Optional<Instant> blocked = jdbc
			.sql("select blocked_until from login_throttle where subject = :subject and blocked_until > :now")
			.param("subject", subject)
			.param("now", Timestamp.from(now))
			.query((rs, row) -> rs.getTimestamp(1).toInstant())
			.optional();
		if (blocked.isPresent()) {
			return Optional.of(new Wait(Duration.between(now, blocked.get()), Reason.ADDRESS));
		}
		count(subject, MAILING_REQUESTS_FROM_ADDRESS);
		return Optional.empty();
	}

	/**
	 * The pair's own block first, then the address's; the account's slow limit holds back
	 * only an address that has failed on this account within the account's window.
	 */
	private Optional<Wait> waitFor(String pair, String address, String account, Duration accountWindow) {
		Instant now = clock.instant();
		Map<String, Instant> blocked = jdbc.sql(
				"select subject, blocked_until from login_throttle where subject in (:subjects) and blocked_until > :now")
			.param("subjects", List.of(pair, address, account))
			.param("now", Timestamp.from(now))
			.query((rs, row) -> Map.entry(rs.getString(1), rs.getTimestamp(2).toInstant()))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		if (blocked.containsKey(pair)) {
			return Optional.of(new Wait(Duration.between(now, blocked.get(pair)), Reason.ACCOUNT_FROM_ADDRESS));
		}
		if (blocked.containsKey(address)) {
			return Optional.of(new Wait(Duration.between(now, blocked.get(address)), Reason.ADDRESS));
		}
		if (blocked.containsKey(account) && hasFailed(pair, accountWindow)) {
			return Optional.of(new Wait(Duration.between(now, blocked.get(account)), Reason.ACCOUNT));
		}
		return Optional.empty();
	}

	private boolean hasFailed(String pair, Duration within) {
		return jdbc.sql("select count(*) from login_throttle where subject = :subject and window_started_at > :since")
			.param("subject", pair)
			.param("since", Timestamp.from(clock.instant().minus(within)))
			.query(Integer.class)
			.single() > 0;
	}

	private void count(String subject, Limit limit) {
		Instant now = clock.instant();
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
			.param("windowStart", Timestamp.from(now.minus(limit.window())))
			.query(Integer.class)
			.single();
		if (failures >= limit.failures()) {
			jdbc.sql("update login_throttle set blocked_until = :until where subject = :subject")
				.param("until", Timestamp.from(now.plus(limit.waitAfter(failures - limit.failures()))))
				.param("subject", subject)
				.update();
		}
	}

	/** Forgets an account's count and those of the account with every address. */
	private void forget(String account, String pairPrefix) {
		jdbc.sql("delete from login_throttle where subject = :account or subject like :pairs")
			.param("account", account)
			.param("pairs", pairPrefix + "%")
			.update();
	}

	private void clear(String subject) {
		jdbc.sql("delete from login_throttle where subject = :subject").param("subject", subject).update();
	}

	// Subjects: what was typed is hashed, so that any length fits and the table names
	// nobody.

	private static String passwordPair(String email, String address) {
		return "password-pair:" + hash(Accounts.normalize(email)) + ":" + hash(address);
	}

	private static String passwordAccount(String email) {
		return "password-account:" + hash(Accounts.normalize(email));
	}

	private static String codePair(long accountId, String address) {
		return "code-pair:" + accountId + ":" + hash(address);
	}

	private static String codeAccount(long accountId) {
		return "code-account:" + accountId;
	}

	private static String address(String address) {
		return "address:" + hash(address);
	}

	private static String hash(String value) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)))
				.substring(0, 40);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
