package org.unesco.gnlc.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Single-use, expiring links sent by e-mail. The token is 256 random bits; only its
 * SHA-256 hash is stored, so a copy of the database opens no account. Issuing a new token
 * of a purpose voids the person's earlier ones; using a token voids it in the same
 * statement, so two clicks racing each other cannot both succeed.
 */
@Component
@RequiredArgsConstructor
class AccountTokens {

	enum Purpose {

		VERIFY_EMAIL(Duration.ofHours(48)), RESET_PASSWORD(Duration.ofHours(1)), INVITATION(Duration.ofDays(7));

		private final Duration validity;

		Purpose(Duration validity) {
			this.validity = validity;
		}

		Duration validity() {
			return validity;
		}

	}

	/** What a link is worth, told apart so the person knows what to do next. */
	enum Check {

		VALID, USED, EXPIRED, UNKNOWN

	}

	record Issued(long id, String token) {
	}

	private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{43}");

	private final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	private final Clock clock;

	Issued issue(long accountId, Purpose purpose) {
		Instant now = clock.instant();
		jdbc.sql("""
				update account_token set used_at = :now
				where account_id = :account and purpose = :purpose and used_at is null
				""")
			.param("now", Timestamp.from(now))
			.param("account", accountId)
			.param("purpose", purpose.name())
			.update();
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		long id = jdbc.sql("""
				insert into account_token (account_id, purpose, token_hash, created_at, expires_at)
				values (:account, :purpose, :hash, :now, :expires) returning id
				""")
			.param("account", accountId)
			.param("purpose", purpose.name())
			.param("hash", hash(token))
			.param("now", Timestamp.from(now))
			.param("expires", Timestamp.from(now.plus(purpose.validity())))
			.query(Long.class)
			.single();
		return new Issued(id, token);
	}

	Check check(String token, Purpose purpose) {
		if (!FORMAT.matcher(token).matches()) {
			return Check.UNKNOWN;
		}
		record Row(Timestamp expiresAt, Timestamp usedAt) {
		}
		Optional<Row> row = jdbc
			.sql("select expires_at, used_at from account_token where token_hash = :hash and purpose = :purpose")
			.param("hash", hash(token))
			.param("purpose", purpose.name())
			.query((rs, n) -> new Row(rs.getTimestamp("expires_at"), rs.getTimestamp("used_at")))
			.optional();
		if (row.isEmpty()) {
			return Check.UNKNOWN;
		}
		if (row.get().usedAt() != null) {
			return Check.USED;
		}
		return row.get().expiresAt().toInstant().isAfter(clock.instant()) ? Check.VALID : Check.EXPIRED;
	}

	/**
	 * The account whose valid token this is, without using it up (to show the form it
	 * opens).
	 */
	Optional<Long> peek(String token, Purpose purpose) {
		if (check(token, purpose) != Check.VALID) {
			return Optional.empty();
		}
		return jdbc.sql("select account_id from account_token where token_hash = :hash")
			.param("hash", hash(token))
			.query(Long.class)
			.optional();
	}

	/** Uses the token up and answers its account, if it was valid. */
	Optional<Long> consume(String token, Purpose purpose) {
		if (!FORMAT.matcher(token).matches()) {
			return Optional.empty();
		}
		Instant now = clock.instant();
		return jdbc.sql("""
				update account_token set used_at = :now
				where token_hash = :hash and purpose = :purpose and used_at is null and expires_at > :now
				returning account_id
				""")
			.param("now", Timestamp.from(now))
			.param("hash", hash(token))
			.param("purpose", purpose.name())
			.query(Long.class)
			.optional();
	}

	/**
	 * Voids the account's unused tokens of a purpose (a password was reset another way,
	 * say).
	 */
	void voidAll(long accountId, Purpose purpose) {
		jdbc.sql("""
				update account_token set used_at = :now
				where account_id = :account and purpose = :purpose and used_at is null
				""")
			.param("now", Timestamp.from(clock.instant()))
			.param("account", accountId)
			.param("purpose", purpose.name())
			.update();
	}

	/**
	 * How many tokens of a purpose were issued to the account lately (to limit e-mail
	 * floods).
	 */
	int issuedSince(long accountId, Purpose purpose, Duration period) {
		return jdbc.sql("""
				select count(*) from account_token
				where account_id = :account and purpose = :purpose and created_at > :since
				""")
			.param("account", accountId)
			.param("purpose", purpose.name())
			.param("since", Timestamp.from(clock.instant().minus(period)))
			.query(Integer.class)
			.single();
	}

	/**
	 * When each account's unused token of a purpose expires (e.g. pending invitations),
	 * in one query.
	 */
	Map<Long, Instant> expiriesOfCurrent(Collection<Long> accountIds, Purpose purpose) {
		if (accountIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, Instant> expiries = new HashMap<>();
		jdbc.sql("""
				select account_id, max(expires_at) as expires_at from account_token
				where account_id in (:accounts) and purpose = :purpose and used_at is null
				group by account_id
				""").param("accounts", accountIds).param("purpose", purpose.name()).query(rs -> {
			expiries.put(rs.getLong("account_id"), rs.getTimestamp("expires_at").toInstant());
		});
		return expiries;
	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
