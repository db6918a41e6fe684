package org.unesco.gnlc.account;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.Map;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;
import org.unesco.gnlc.shared.security.PortalUser;
import org.unesco.gnlc.shared.security.Role;
import org.unesco.gnlc.shared.web.Language;

/**
 * UIL_ADMIN invites National Commission endorsers, reviewers, jury members and
 * administrators; the invitee sets a password through a single-use link valid for a week.
 * The role and scope come from the invitation as stored, never from the form the invitee
 * sends back.
 */
@Service
@Transactional
@RequiredArgsConstructor
class Invitations {

	private final AccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final AccountTokens tokens;

	private final AccountMails mails;

	private final SecurityLog securityLog;

	private final Clock clock;

	/** Roles UIL_ADMIN invites (city officials register themselves). */
	static boolean invitable(Role role) {
		return role != Role.CITY_OFFICIAL;
	}

	/** Roles whose scope or conflict-of-interest rules need the person's country. */
	static boolean needsCountry(Role role) {
		return role == Role.NATCOM_ENDORSER || role == Role.JURY_MEMBER || role == Role.UIL_REVIEWER;
	}

	long invite(InvitationForm form, PortalUser admin) {
		String email = Accounts.normalize(form.email());
		if (accounts.existsByEmail(email)) {
			throw new AccountExceptions.EmailTaken();
		}
		String country = form.countryCode() == null || form.countryCode().isBlank() ? null
				: form.countryCode().toUpperCase(Locale.ROOT);
		Account account = Account.invited(email, form.fullName().strip(), form.role(), country,
				Language.of(form.preferredLanguage()).orElse(Language.ENGLISH), admin.accountId(), clock.instant());
		try {
			accounts.saveAndFlush(account);
		}
		catch (DataIntegrityViolationException sameEmailAtTheSameTime) {
			throw new AccountExceptions.EmailTaken();
		}
		securityLog.record(SecurityEventKind.INVITED, account.id(), email, admin.accountId(),
				form.role().name() + (country == null ? "" : " " + country));
		mails.invitation(account, tokens.issue(account.id(), AccountTokens.Purpose.INVITATION), admin.fullName());
		return account.id();
	}

	record Invitee(String email, String fullName, Role role, @Nullable String countryCode, String language) {
	}

	/**
	 * Invites the people an import names, their mails held until {@link #sendHeld}: an
	 * address that has an account already is left alone. Answers how many were invited.
	 */
	int inviteHeld(List<Accounts.ImportedInvitation> invitees, String batch, long adminId) {
		Set<String> known = new HashSet<>();
		accounts.findByEmails(invitees.stream().map(invitee -> Accounts.normalize(invitee.email())).toList())
			.forEach(account -> known.add(account.email()));
		int invited = 0;
		Instant now = clock.instant();
		for (Accounts.ImportedInvitation invitee : invitees) {
			String email = Accounts.normalize(invitee.email());
			if (!known.add(email)) {
				continue;
			}
			Account account = accounts.save(Account.invitedByImport(email, invitee.fullName().strip(), invitee.role(),
					invitee.cityId(), invitee.countryCode(), invitee.language(), batch, adminId, now));
			securityLog.record(SecurityEventKind.INVITED, account.id(), email, adminId,
					invitee.role().name() + " " + batch + " (mail held)");
			invited++;
		}
		return invited;
	}

	/**
	 * Sends the held invitations of an import through the outbox; answers how many went.
	 */
	int sendHeld(String batch, long adminId, String adminName) {
		List<Account> held = accounts.findHeldInvitations(batch);
		for (Account account : held) {
			account.releaseInvitation();
			securityLog.record(SecurityEventKind.INVITED, account.id(), account.email(), adminId, "sent " + batch);
			mails.invitation(account, tokens.issue(account.id(), AccountTokens.Purpose.INVITATION), adminName);
		}
		return held.size();
	}

	@Transactional(readOnly = true)
	int heldCount(String batch) {
		return accounts.findHeldInvitations(batch).size();
	}

	/** Who a valid invitation link is for, to show the form it opens. */
	@Transactional(readOnly = true)
	Invitee invitee(String token) {
		long accountId = tokens.peek(token, AccountTokens.Purpose.INVITATION)
			.orElseThrow(
					() -> new AccountExceptions.InvalidLink(tokens.check(token, AccountTokens.Purpose.INVITATION)));
		Account account = accounts.findById(accountId)
			.filter(candidate -> candidate.status() == AccountStatus.INVITED)
			.orElseThrow(() -> new AccountExceptions.InvalidLink(AccountTokens.Check.USED));
		return new Invitee(account.email(), account.fullName(), account.role(), account.countryCode(),
				account.language().code());
	}

	/**
	 * The invitee accepts: their password is set and the account is active. Answers the
	 * e-mail.
	 */
	String accept(AcceptInvitationForm form) {
		long accountId = tokens.consume(form.token(), AccountTokens.Purpose.INVITATION)
			.orElseThrow(() -> new AccountExceptions.InvalidLink(
					tokens.check(form.token(), AccountTokens.Purpose.INVITATION)));
		Account account = accounts.findById(accountId)
			.filter(candidate -> candidate.status() == AccountStatus.INVITED && candidate.enabled())
			.orElseThrow(() -> new AccountExceptions.InvalidLink(AccountTokens.Check.USED));
		account.acceptInvitation(form.fullName().strip(), passwordEncoder.encode(form.password()),
				Language.of(form.preferredLanguage()).orElse(Language.ENGLISH), clock.instant());
		securityLog.record(SecurityEventKind.INVITATION_ACCEPTED, account.id(), account.email(), null, null);
		return account.email();
	}

	/** A new link for an invitation not yet accepted (the earlier one stops working). */
	void resend(long accountId, PortalUser admin) {
		Account account = invited(accountId);
		securityLog.record(SecurityEventKind.INVITED, account.id(), account.email(), admin.accountId(), "sent again");
		mails.invitation(account, tokens.issue(account.id(), AccountTokens.Purpose.INVITATION), admin.fullName());
	}

	/**
	 * Withdraws an invitation not yet accepted: the account is removed and its link is
	 * void.
	 */
	void revoke(long accountId, PortalUser admin) {
		Account account = invited(accountId);
		securityLog.record(SecurityEventKind.INVITATION_REVOKED, null, account.email(), admin.accountId(),
				account.role().name());
		accounts.delete(account);
	}

	/** For a forgotten invitation: the person asks to reset a password they never set. */
	void resendToInvitee(Account account) {
		mails.invitation(account, tokens.issue(account.id(), AccountTokens.Purpose.INVITATION), "");
	}

	record PendingInvitation(long id, String email, String fullName, Role role, @Nullable String countryCode,
			Instant invitedAt, @Nullable Instant expiresAt, boolean expired) {
	}

	@Transactional(readOnly = true)
	Page<PendingInvitation> pending(Pageable pageable) {
		Page<Account> page = accounts.findByStatusOrderByCreatedAtDesc(AccountStatus.INVITED, pageable);
		Map<Long, Instant> expiries = tokens.expiriesOfCurrent(page.map(Account::id).getContent(),
				AccountTokens.Purpose.INVITATION);
		Instant now = clock.instant();
		return page.map(account -> {
			Instant expires = expiries.get(account.id());
			return new PendingInvitation(account.id(), account.email(), account.fullName(), account.role(),
					account.countryCode(), account.createdAt(), expires, expires == null || !expires.isAfter(now));
		});
	}

	private Account invited(long accountId) {
		Account account = accounts.findById(accountId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (account.status() != AccountStatus.INVITED) {
			throw new AccountExceptions.Refused("account.invitations.alreadyAccepted");
		}
		return account;
	}

	Optional<Account> byEmail(String email) {
		return accounts.findByEmail(Accounts.normalize(email));
	}

}
