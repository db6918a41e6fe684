package org.unesco.gnlc.account;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unesco.gnlc.shared.security.PortalUser;
import org.unesco.gnlc.shared.security.Role;
import org.unesco.gnlc.shared.web.Language;

/**
 * The people of the portal, for every feature: creating set-up accounts, looking an
 * account up, and (inside this feature) loading a person to sign in.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class Accounts {

	private final AccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final TwoFactorPolicy twoFactorPolicy;

	private final Clock clock;

	private final Invitations invitations;

	/**
	 * A person an import of the existing network names: an official of a city or an
	 * endorser.
	 */
	public record ImportedInvitation(String email, String fullName, Role role, @Nullable Long cityId,
			@Nullable String countryCode, Language language) {
	}

	/**
	 * Invites these people in the caller's transaction, their mails held until
	 * {@link #sendHeldInvitations} (an address with an account already is left alone).
	 * The batch names the import. Answers how many were invited.
	 */
	@Transactional
	public int inviteHeld(List<ImportedInvitation> invitees, String batch, long adminId) {
		return invitations.inviteHeld(invitees, batch, adminId);
	}

	/**
	 * Sends the held invitations of the batch through the outbox; answers how many went.
	 */
	@Transactional
	public int sendHeldInvitations(String batch, long adminId, String adminName) {
		return invitations.sendHeld(batch, adminId, adminName);
	}

	/** How many invitations of the batch still wait to be sent. */
	public int heldInvitations(String batch) {
		return invitations.heldCount(batch);
	}

	/**
	 * UIL invites one person a feature finds missing (the National Commission of a
	 * country with an application waiting): the invitation mail goes through the outbox
	 * at once. Answers false, inviting no one, when the address has an account already.
	 */
	@Transactional
	public boolean invite(String email, String fullName, Role role, @Nullable String countryCode, Language language,
			PortalUser admin) {
		if (accounts.existsByEmail(normalize(email))) {
			return false;
		}
		try {
			invitations.invite(new InvitationForm(email, fullName, role, countryCode, language.code()), admin);
			return true;
		}
		catch (AccountExceptions.EmailTaken taken) {
			return false;
		}
	}

	/** The accounts of these e-mail addresses, whatever their case, in one statement. */
	public List<AccountInfo> byEmails(Collection<String> emails) {
		if (emails.isEmpty()) {
			return List.of();
		}
		return accounts.findByEmails(emails.stream().map(Accounts::normalize).distinct().toList())
			.stream()
			.map(Accounts::info)
			.toList();
	}

	/**
	 * Creates an active account unless one with that e-mail exists (demo data and set-up
	 * are rerun on every start). Returns whether it was created.
	 */
	@Transactional
	public boolean createIfAbsent(String email, String rawPassword, String fullName, Role role, @Nullable Long cityId,
			@Nullable String countryCode) {
		String normalized = normalize(email);
		if (accounts.existsByEmail(normalized)) {
			return false;
		}
		accounts
			.save(new Account(normalized, passwordEncoder.encode(rawPassword), fullName, role, cityId, countryCode));
		return true;
	}

	/**
	 * An account set up by the portal itself (demo data), for {@link #createAllIfAbsent}.
	 */
	public record SetUpAccount(String email, String fullName, Role role, @Nullable Long cityId,
			@Nullable String countryCode) {
	}

	/**
	 * Creates those of the accounts that do not exist yet, all with one password hashed
	 * once: Argon2id is slow on purpose (tens of milliseconds and 19 MiB a hash), which
	 * the demo data would otherwise pay once per account at every start on a fresh
	 * database. Answers how many were created.
	 */
	@Transactional
	public int createAllIfAbsent(List<SetUpAccount> wanted, String rawPassword) {
		String hash = null;
		int created = 0;
		for (SetUpAccount account : wanted) {
			String normalized = normalize(account.email());
			if (accounts.existsByEmail(normalized)) {
				continue;
			}
			if (hash == null) {
				hash = passwordEncoder.encode(rawPassword);
			}
			accounts.save(new Account(normalized, hash, account.fullName(), account.role(), account.cityId(),
					account.countryCode()));
			created++;
		}
		return created;
	}

	/**
	 * Lets this account sign in without a second factor although its role requires one,
	 * so that a person can try the portal with the demo accounts. Refused under the
	 * {@code prod} profile, which never honours such a waiver either.
	 */
	@Transactional
	public void waiveTwoFactor(String email) {
		if (!twoFactorPolicy.waiversHonoured()) {
			throw new IllegalStateException("The prod profile never waives two-factor sign-in");
		}
		accounts.findByEmail(normalize(email)).ifPresent(Account::waiveTwoFactor);
	}

	public Optional<AccountInfo> byId(long id) {
		return accounts.findById(id).map(Accounts::info);
	}

	public Optional<AccountInfo> byEmail(String email) {
		return accounts.findByEmail(normalize(email)).map(Accounts::info);
	}

	/**
	 * The active accounts of a role, by name: e.g. the reviewers UIL assigns, the jurors
	 * of a cycle.
	 */
	public List<AccountInfo> activeWithRole(Role role) {
		return accounts.findActiveWithRole(role).stream().map(Accounts::info).toList();
	}

	/** The person signing in with this e-mail, whatever its case. */
	UserDetails loadForSignIn(String email) {
		return accounts.findByEmail(normalize(email))
			.map(Account::asPortalUser)
			.orElseThrow(() -> new UsernameNotFoundException("No account for that e-mail"));
	}

	/** What decides how a person whose password was right goes on. */
	record SignInState(AccountStatus status, boolean enabled, boolean twoFactorEnabled, boolean twoFactorRequired) {
	}

	Optional<SignInState> signInState(long accountId) {
		return accounts.findById(accountId)
			.map(account -> new SignInState(account.status(), account.enabled(), account.twoFactorEnabled(),
					twoFactorPolicy.requires(account)));
	}

	/**
	 * The person as the session knows them, freshly loaded (after a change of profile).
	 */
	Optional<PortalUser> portalUser(long accountId) {
		return accounts.findById(accountId).map(Account::asPortalUser);
	}

	@Transactional
	void recordSignIn(long accountId) {
		accounts.recordSignIn(accountId, clock.instant());
	}

	static String normalize(String email) {
		return email.strip().toLowerCase(Locale.ROOT);
	}

	private static AccountInfo info(Account account) {
		return new AccountInfo(account.id(), account.email(), account.fullName(), account.role(), account.cityId(),
				account.countryCode(), account.language(), account.active());
	}

}
