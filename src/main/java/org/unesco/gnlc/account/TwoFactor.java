package org.unesco.gnlc.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;
import org.unesco.gnlc.shared.security.PortalUser;

/**
 * Two-factor sign-in with an authenticator app (TOTP) and recovery codes. The secret is
 * shown once, while the person enrols, and stored encrypted; a code is accepted once only
 * (the last accepted time step is kept, and an older or equal one is refused); recovery
 * codes are stored hashed and each works once.
 */
@Service
@Transactional
@RequiredArgsConstructor
class TwoFactor {

	static final int RECOVERY_CODES = 10;

	private static final String RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

	enum Verdict {

		/** The app's code was right and new. */
		ACCEPTED,
		/** A recovery code was right; it is used up. */
		RECOVERY_CODE_ACCEPTED,
		/** The app's code was right but already used. */
		REUSED, WRONG

	}

	record Enrolment(String secret, String qrCodeSvg) {
	}

	record Status(boolean enabled, @Nullable Instant since, boolean required, boolean waived, int recoveryCodesLeft,
			boolean enrolling) {
	}

	private final AccountRepository accounts;

	private final SecretCipher cipher;

	private final Totp totp;

	private final TwoFactorPolicy policy;

	private final PasswordEncoder passwordEncoder;

	private final SecurityLog securityLog;

	private final AccountMails mails;

	private final OpenSessions sessions;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	@Transactional(readOnly = true)
	Status status(long accountId) {
		Account account = account(accountId);
		return new Status(account.twoFactorEnabled(), account.totpEnabledAt(), policy.requires(account),
				TwoFactorPolicy.roleRequires(account.role()) && !policy.requires(account), recoveryCodesLeft(accountId),
				account.totpPendingSecret() != null);
	}

	/**
	 * Starts (or restarts) enrolment with a new secret, shown now and while enrolment
	 * lasts.
	 */
	Enrolment start(long accountId, String qrTitle) {
		Account account = account(accountId);
		if (account.twoFactorEnabled()) {
			throw new AccountExceptions.Refused("account.twoFactor.alreadyOn");
		}
		byte[] secret = totp.newSecret();
		account.startTwoFactorEnrolment(cipher.encrypt(secret));
		return enrolment(secret, account.email(), qrTitle);
	}

	@Transactional(readOnly = true)
	Optional<Enrolment> pending(long accountId, String qrTitle) {
		Account account = account(accountId);
		byte[] stored = account.totpPendingSecret();
		if (stored == null || account.twoFactorEnabled()) {
			return Optional.empty();
		}
		return Optional.of(enrolment(cipher.decrypt(stored), account.email(), qrTitle));
	}

	/**
	 * Confirms enrolment with a code from the app; answers the recovery codes, shown
	 * once. Throws {@link AccountExceptions.Refused} for a wrong code (nothing changes).
	 */
	List<String> confirm(long accountId, String code) {
		Account account = account(accountId);
		byte[] stored = account.totpPendingSecret();
		if (stored == null) {
			throw new AccountExceptions.Refused("account.twoFactor.noEnrolment");
		}
		OptionalLong step = totp.matchingStep(cipher.decrypt(stored), code, clock.instant());
		if (step.isEmpty()) {
			throw new AccountExceptions.Refused("account.twoFactor.wrongCode");
		}
		account.confirmTwoFactor(clock.instant());
		jdbc.sql("update account set totp_last_step = :step where id = :id")
			.param("step", step.getAsLong())
			.param("id", accountId)
			.update();
		List<String> codes = newRecoveryCodes(accountId);
		long event = securityLog.record(SecurityEventKind.TWO_FACTOR_ENABLED, accountId, account.email(), accountId,
				null);
		mails.securityNotice(account, event, SecurityEventKind.TWO_FACTOR_ENABLED);
		return codes;
	}

	/**
	 * Checks a code at sign-in: the app's current code, used once, or an unused recovery
	 * code.
	 */
	Verdict verify(long accountId, String code) {
		Account account = account(accountId);
		byte[] stored = account.totpSecret();
		if (stored == null) {
			return Verdict.WRONG;
		}
		OptionalLong step = totp.matchingStep(cipher.decrypt(stored), code, clock.instant());
		if (step.isPresent()) {
			// Accepted only if later than the last accepted step: one statement, so two
			// sign-ins
			// racing with the same code (on two instances, say) cannot both win.
			int updated = jdbc.sql("""
					update account set totp_last_step = :step
					where id = :id and (totp_last_step is null or totp_last_step < :step)
					""").param("step", step.getAsLong()).param("id", accountId).update();
			return updated == 1 ? Verdict.ACCEPTED : Verdict.REUSED;
		}
		String normalized = normalizeRecoveryCode(code);
		if (normalized.length() == 16) {
			int used = jdbc.sql("""
					update recovery_code set used_at = :now
					where account_id = :id and code_hash = :hash and used_at is null
					""")
				.param("now", Timestamp.from(clock.instant()))
				.param("id", accountId)
				.param("hash", sha256(normalized))
				.update();
			if (used == 1) {
				int remaining = recoveryCodesLeft(accountId);
				long event = securityLog.record(SecurityEventKind.RECOVERY_CODE_USED, accountId, account.email(), null,
						remaining + " left");
				mails.recoveryCodeUsed(account, event, remaining);
				return Verdict.RECOVERY_CODE_ACCEPTED;
			}
		}
		return Verdict.WRONG;
	}

	/**
	 * New recovery codes (the old ones stop working); the person proves their password.
	 */
	List<String> renewRecoveryCodes(long accountId, String password) {
		Account account = account(accountId);
		checkPassword(account, password);
		if (!account.twoFactorEnabled()) {
			throw new AccountExceptions.Refused("account.twoFactor.notOn");
		}
		List<String> codes = newRecoveryCodes(accountId);
		securityLog.record(SecurityEventKind.RECOVERY_CODES_RENEWED, accountId, account.email(), accountId, null);
		return codes;
	}

	/** Turns two-factor sign-in off, unless the person's role requires it. */
	void disable(long accountId, String password) {
		Account account = account(accountId);
		checkPassword(account, password);
		if (policy.requires(account)) {
			throw new AccountExceptions.Refused("account.twoFactor.required");
		}
		turnOff(account);
		long event = securityLog.record(SecurityEventKind.TWO_FACTOR_DISABLED, accountId, account.email(), accountId,
				null);
		mails.securityNotice(account, event, SecurityEventKind.TWO_FACTOR_DISABLED);
	}

	/**
	 * UIL_ADMIN resets it for a person who lost their app and codes; they enrol again at
	 * sign-in.
	 */
	void resetByAdmin(long accountId, PortalUser admin) {
		Account account = account(accountId);
		if (!account.twoFactorEnabled()) {
			throw new AccountExceptions.Refused("account.twoFactor.notOn");
		}
		turnOff(account);
		long event = securityLog.record(SecurityEventKind.TWO_FACTOR_RESET, accountId, account.email(),
				admin.accountId(), null);
		mails.securityNotice(account, event, SecurityEventKind.TWO_FACTOR_RESET);
		sessions.endAll(account.email());
	}

	private void turnOff(Account account) {
		account.disableTwoFactor();
		jdbc.sql("update account set totp_last_step = null where id = :id").param("id", account.id()).update();
		jdbc.sql("delete from recovery_code where account_id = :id").param("id", account.id()).update();
	}

	private void checkPassword(Account account, String password) {
		if (!passwordEncoder.matches(password, account.passwordHash())) {
			throw new AccountExceptions.WrongPassword();
		}
	}

	private List<String> newRecoveryCodes(long accountId) {
		jdbc.sql("delete from recovery_code where account_id = :id").param("id", accountId).update();
		List<String> codes = new ArrayList<>();
		for (int i = 0; i < RECOVERY_CODES; i++) {
			StringBuilder code = new StringBuilder();
			for (int c = 0; c < 16; c++) {
				code.append(RECOVERY_ALPHABET.charAt(random.nextInt(RECOVERY_ALPHABET.length())));
			}
			jdbc.sql("insert into recovery_code (account_id, code_hash) values (:id, :hash)")
				.param("id", accountId)
				.param("hash", sha256(code.toString()))
				.update();
			codes.add(code.toString().replaceAll("(.{4})(?!$)", "$1-"));
		}
		return codes;
	}

	private int recoveryCodesLeft(long accountId) {
		return jdbc.sql("select count(*) from recovery_code where account_id = :id and used_at is null")
			.param("id", accountId)
			.query(Integer.class)
			.single();
	}

	private Enrolment enrolment(byte[] secret, String email, String qrTitle) {
		return new Enrolment(Totp.grouped(secret), Totp.qrCodeSvg(Totp.uri(secret, email), qrTitle));
	}

	private Account account(long accountId) {
		return accounts.findById(accountId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	static String normalizeRecoveryCode(String code) {
		return code.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
	}

	private static String sha256(String value) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
