package org.unesco.gnlc.account;

import java.time.Clock;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unesco.gnlc.shared.security.Role;

/** The people of the portal: creating accounts and loading them to sign in. */
@Service
@Transactional(readOnly = true)
public class Accounts {

	private final AccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final Clock clock;

	Accounts(AccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.clock = clock;
	}

	/**
	 * Creates an account unless one with that e-mail exists (demo data and set-up are
	 * rerun on every start). Returns whether it was created.
	 */
	@Transactional
	public boolean createIfAbsent(String email, String rawPassword, String fullName, Role role,
			@Nullable Long cityId, @Nullable String countryCode) {
		String normalized = normalize(email);
		if (accounts.existsByEmail(normalized)) {
			return false;
		}
		accounts.save(new Account(normalized, passwordEncoder.encode(rawPassword), fullName, role, cityId,
				countryCode));
		return true;
	}

	/** The person signing in with this e-mail, whatever its case. */
	UserDetails loadForSignIn(String email) {
		return accounts.findByEmail(normalize(email))
			.map(Account::asPortalUser)
			.orElseThrow(() -> new UsernameNotFoundException("No account for that e-mail"));
	}

	@Transactional
	void recordSignIn(long accountId) {
		accounts.recordSignIn(accountId, clock.instant());
	}

	static String normalize(String email) {
		return email.strip().toLowerCase(Locale.ROOT);
	}

}
