package org.unesco.gnlc.account;

import java.time.Clock;
import java.time.Duration;

import lombok.RequiredArgsConstructor;

import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;
import org.unesco.gnlc.shared.security.PortalUser;

/**
 * Forgotten and changed passwords. A reset is asked for by e-mail address and answered
 * the same way whether the address is known or not; the link works once, for an hour. A
 * new password ends the person's other sessions and is told to them by e-mail.
 */
@Service
@Transactional
@RequiredArgsConstructor
class Passwords {

	private final AccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final AccountTokens tokens;

	private final AccountMails mails;

	private final SecurityLog securityLog;

	private final Registration registration;

	private final Invitations invitations;

	private final OpenSessions sessions;

	private final SignInThrottle throttle;

	private final Clock clock;

	/**
	 * Sends a reset link if the address belongs to an account that may sign in (or will,
	 * once verified or accepted); an invitee who never set a password gets their
	 * invitation again. Nothing tells the caller which happened. Throws
	 * {@link AccountExceptions.TooManyRequests} when the client address has asked too
	 * often.
	 */
	void requestReset(String email, String clientAddress) {
		throttle.mailingRequest(SignInThrottle.MailingRequest.PASSWORD_RESET, clientAddress).ifPresent(wait -> {
			throw new AccountExceptions.TooManyRequests(wait);
		});
		accounts.findByEmail(Accounts.normalize(email)).filter(Account::enabled).ifPresent(account -> {
			switch (account.status()) {
				case ACTIVE, UNVERIFIED, AWAITING_APPROVAL -> {
					if (tokens.issuedSince(account.id(), AccountTokens.Purpose.RESET_PASSWORD,
							Duration.ofHours(1)) < Registration.MAILS_PER_HOUR) {
						securityLog.record(SecurityEventKind.PASSWORD_RESET_REQUESTED, account.id(), account.email(),
								null, null);
						mails.passwordReset(account, tokens.issue(account.id(), AccountTokens.Purpose.RESET_PASSWORD));
					}
				}
				case INVITED -> {
					if (tokens.issuedSince(account.id(), AccountTokens.Purpose.INVITATION,
							Duration.ofHours(1)) < Registration.MAILS_PER_HOUR) {
						invitations.resendToInvitee(account);
					}
				}
				case DECLINED -> {
					// A refused registration has nothing to reset.
				}
			}
		});
	}

	@Transactional(readOnly = true)
	AccountTokens.Check checkReset(String token) {
		return tokens.check(token, AccountTokens.Purpose.RESET_PASSWORD);
	}

	/**
	 * The address the reset link was sent to (for the password rules), if the link is
	 * valid.
	 */
	@Transactional(readOnly = true)
	String emailForReset(String token) {
		long accountId = tokens.peek(token, AccountTokens.Purpose.RESET_PASSWORD)
			.orElseThrow(() -> new AccountExceptions.InvalidLink(checkReset(token)));
		return accounts.findById(accountId).orElseThrow().email();
	}

	/** Sets the new password through the link; every session of the person ends. */
	void reset(String token, String newPassword) {
		long accountId = tokens.consume(token, AccountTokens.Purpose.RESET_PASSWORD)
			.orElseThrow(() -> new AccountExceptions.InvalidLink(checkReset(token)));
		Account account = accounts.findById(accountId)
			.filter(Account::enabled)
			.orElseThrow(() -> new AccountExceptions.InvalidLink(AccountTokens.Check.UNKNOWN));
		account.changePassword(passwordEncoder.encode(newPassword), clock.instant());
		tokens.voidAll(accountId, AccountTokens.Purpose.RESET_PASSWORD);
		// The link reached the person's mailbox: that proves the address too.
		registration.proveEmail(account);
		long event = securityLog.record(SecurityEventKind.PASSWORD_RESET, account.id(), account.email(), null, null);
		mails.securityNotice(account, event, SecurityEventKind.PASSWORD_RESET);
		sessions.endAll(account.email());
		throttle.passwordReplaced(account.email());
	}

	/** A signed-in person changes their password; their other sessions end. */
	void change(PortalUser user, String currentPassword, String newPassword) {
		Account account = accounts.findById(user.accountId())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!passwordEncoder.matches(currentPassword, account.passwordHash())) {
			// Guessing the current password from an open session counts like a failed
			// sign-in.
			throttle.passwordFailed(account.email(), String.valueOf(SecurityLog.currentAddress()));
			throw new AccountExceptions.WrongPassword();
		}
		account.changePassword(passwordEncoder.encode(newPassword), clock.instant());
		tokens.voidAll(account.id(), AccountTokens.Purpose.RESET_PASSWORD);
		long event = securityLog.record(SecurityEventKind.PASSWORD_CHANGED, account.id(), account.email(), account.id(),
				null);
		mails.securityNotice(account, event, SecurityEventKind.PASSWORD_CHANGED);
		sessions.endOthers(account.email());
	}

}
