package org.unesco.gnlc.account;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;
import org.unesco.gnlc.city.Cities;
import org.unesco.gnlc.city.CityInfo;
import org.unesco.gnlc.reference.ReferenceData;
import org.unesco.gnlc.shared.security.PortalUser;
import org.unesco.gnlc.shared.security.Role;
import org.unesco.gnlc.shared.web.Language;
import java.time.Instant;

/**
 * A city official registers: their account waits for the proof of their e-mail address (a
 * single-use link), then becomes active if they are the first official of a city that is
 * not yet a member, or waits for an official of that city or UIL to accept them. So
 * nobody attaches themselves to another city's applications.
 */
@Service
@Transactional
class Registration {

	/**
	 * At most so many verification mails per account and hour, however often someone
	 * asks.
	 */
	static final int MAILS_PER_HOUR = 3;

	private static final int CITY_LOCK_NAMESPACE = 7_001;

	private final AccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final Cities cities;

	private final ReferenceData referenceData;

	private final AccountTokens tokens;

	private final AccountMails mails;

	private final SecurityLog securityLog;

	private final SignInThrottle throttle;

	private final JdbcClient jdbc;

	private final Clock clock;

	Registration(AccountRepository accounts, PasswordEncoder passwordEncoder, Cities cities,
			ReferenceData referenceData, AccountTokens tokens, AccountMails mails, SecurityLog securityLog,
			SignInThrottle throttle, JdbcClient jdbc, Clock clock) {
		this.throttle = throttle;
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.cities = cities;
		this.referenceData = referenceData;
		this.tokens = tokens;
		this.mails = mails;
		this.securityLog = securityLog;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Registers a validated form. The answer never tells whether the address was known:
	 * for a known one, nothing is created and its owner is told by e-mail that someone
	 * tried to register with it (at most once an hour). Throws
	 * {@link AccountExceptions.TooManyRequests} when the client address has registered
	 * too often.
	 */
	void register(RegistrationForm form, String clientAddress) {
		throttle.mailingRequest(SignInThrottle.MailingRequest.REGISTRATION, clientAddress).ifPresent(wait -> {
			throw new AccountExceptions.TooManyRequests(wait);
		});
		String email = Accounts.normalize(form.email());
		// Hashed whether or not the address is known, so that the time taken tells
		// nothing either.
		String passwordHash = passwordEncoder.encode(form.password());
		Optional<Account> known = accounts.findByEmail(email);
		if (known.isPresent()) {
			registrationAttempted(known.get());
			return;
		}
		CityInfo city = cities.findOrRegister(form.cityName(), form.countryCode());
		Account account = Account.registered(email, passwordHash, form.fullName().strip(), city.id(),
				city.countryCode(), Language.of(form.preferredLanguage()).orElse(Language.ENGLISH), clock.instant());
		try {
			accounts.saveAndFlush(account);
		}
		catch (DataIntegrityViolationException sameEmailAtTheSameTime) {
			// Registered a moment ago by another request, whose owner has their link
			// already.
			throw new AccountExceptions.EmailTaken();
		}
		securityLog.record(SecurityEventKind.REGISTERED, account.id(), email, null, city.name());
		mails.verifyEmail(account, tokens.issue(account.id(), AccountTokens.Purpose.VERIFY_EMAIL), city.name());
	}

	private void registrationAttempted(Account owner) {
		long event = securityLog.record(SecurityEventKind.REGISTRATION_WITH_KNOWN_EMAIL, owner.id(), owner.email(),
				null, null);
		mails.registrationAttempted(owner, event, clock.instant());
	}

	@Transactional(readOnly = true)
	AccountTokens.Check checkVerification(String token) {
		return tokens.check(token, AccountTokens.Purpose.VERIFY_EMAIL);
	}

	/** Whose address a link confirmed, and their account's status afterwards. */
	record Verified(long accountId, String email, AccountStatus status, boolean twoFactorRequired) {
	}

	/**
	 * Uses the verification link; answers whose it was and the account's status
	 * afterwards (active or awaiting approval).
	 */
	Verified verify(String token) {
		long accountId = tokens.consume(token, AccountTokens.Purpose.VERIFY_EMAIL)
			.orElseThrow(() -> new AccountExceptions.InvalidLink(checkVerification(token)));
		Account account = accounts.findById(accountId).orElseThrow();
		AccountStatus status = proveEmail(account);
		return new Verified(account.id(), account.email(), status,
				account.twoFactorEnabled() || TwoFactorPolicy.roleRequires(account.role()));
	}

	/**
	 * The person read a link sent to their address (verification or password reset). A
	 * registration goes on: the first official of a non-member city is active at once;
	 * anyone else waits for the city's officials or UIL, who are told.
	 */
	AccountStatus proveEmail(Account account) {
		if (account.status() != AccountStatus.UNVERIFIED) {
			account.emailProven(clock.instant(), false);
			return account.status();
		}
		long cityId = account.cityId();
		// Two first officials of one city verifying at the same moment: one waits for the
		// other.
		jdbc.sql("select pg_advisory_xact_lock(:namespace, cast(:city as int))")
			.param("namespace", CITY_LOCK_NAMESPACE)
			.param("city", cityId)
			.query((rs, row) -> 1)
			.list();
		CityInfo city = cities.byId(cityId).orElseThrow();
		boolean needsApproval = city.isMember() || !accounts.findActiveOfficials(cityId).isEmpty();
		account.emailProven(clock.instant(), needsApproval);
		long event = securityLog.record(SecurityEventKind.EMAIL_VERIFIED, account.id(), account.email(), null,
				needsApproval ? "awaiting approval" : "first official of " + city.name());
		if (needsApproval) {
			String country = referenceData.country(city.countryCode(), account.language().locale())
				.map(info -> info.name())
				.orElse(city.countryCode());
			mails.joinRequest(account, event, city.name(), country);
		}
		return account.status();
	}

	/**
	 * Sends a new verification link to an unverified account; says nothing either way.
	 */
	void resendVerification(String email, String clientAddress) {
		throttle.mailingRequest(SignInThrottle.MailingRequest.REGISTRATION, clientAddress).ifPresent(wait -> {
			throw new AccountExceptions.TooManyRequests(wait);
		});
		accounts.findByEmail(Accounts.normalize(email))
			.filter(account -> account.status() == AccountStatus.UNVERIFIED && account.enabled())
			.filter(account -> tokens.issuedSince(account.id(), AccountTokens.Purpose.VERIFY_EMAIL,
					Duration.ofHours(1)) < MAILS_PER_HOUR)
			.ifPresent(account -> mails.verifyEmail(account,
					tokens.issue(account.id(), AccountTokens.Purpose.VERIFY_EMAIL),
					cities.byId(account.cityId()).map(CityInfo::name).orElse("")));
	}

	record Applicant(long id, String fullName, String email, Instant registeredAt, long version) {
	}

	/** The people waiting to act for the official's city. */
	@Transactional(readOnly = true)
	List<Applicant> awaitingApproval(PortalUser official) {
		if (official.cityId() == null || !official.is(Role.CITY_OFFICIAL)) {
			return List.of();
		}
		return accounts.findAwaitingApproval(official.cityId())
			.stream()
			.map(account -> new Applicant(account.id(), account.fullName(), account.email(), account.createdAt(),
					account.version()))
			.toList();
	}

	record Colleague(String fullName, String email) {
	}

	@Transactional(readOnly = true)
	List<Colleague> officials(PortalUser official) {
		if (official.cityId() == null || !official.is(Role.CITY_OFFICIAL)) {
			return List.of();
		}
		return accounts.findActiveOfficials(official.cityId())
			.stream()
			.map(account -> new Colleague(account.fullName(), account.email()))
			.toList();
	}

	/** An official of the city, or UIL_ADMIN, accepts a further official. */
	void approve(long accountId, PortalUser decider) {
		Account account = applicantFor(accountId, decider, true);
		account.approve();
		long event = securityLog.record(SecurityEventKind.APPROVED, account.id(), account.email(), decider.accountId(),
				null);
		mails.joinDecided(account, event, true, cityName(account));
	}

	/** An official of the city, or UIL_ADMIN, refuses a further official. */
	void decline(long accountId, PortalUser decider) {
		Account account = applicantFor(accountId, decider, false);
		account.decline();
		long event = securityLog.record(SecurityEventKind.DECLINED, account.id(), account.email(), decider.accountId(),
				null);
		mails.joinDecided(account, event, false, cityName(account));
	}

	private Account applicantFor(long accountId, PortalUser decider, boolean approving) {
		Account account = accounts.findById(accountId)
			.filter(candidate -> candidate.role() == Role.CITY_OFFICIAL)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		boolean admin = decider.is(Role.UIL_ADMIN);
		if (!admin && !decider.actsForCity(account.cityId())) {
			// Another city's official learns nothing about this registration.
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		if (decider.accountId() == accountId) {
			throw new AccessDeniedException("Nobody decides on their own registration");
		}
		boolean open = account.status() == AccountStatus.AWAITING_APPROVAL
				|| (admin && approving && account.status() == AccountStatus.DECLINED);
		if (!open) {
			throw new AccountExceptions.Refused("account.approval.alreadyDecided");
		}
		return account;
	}

	private String cityName(Account account) {
		return Optional.ofNullable(account.cityId()).flatMap(cities::byId).map(CityInfo::name).orElse("");
	}

}
