package org.unesco.gnlc.account;

import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;
import org.unesco.gnlc.shared.security.Role;

/**
 * Who must sign in with a second factor: UIL administrators and reviewers, whose accounts
 * see every application. The demo profile waives it for its demo accounts so that a
 * person can try the portal; under {@code prod} no waiver is ever honoured.
 */
@Component
class TwoFactorPolicy {

	private final boolean production;

	TwoFactorPolicy(Environment environment) {
		this.production = environment.acceptsProfiles(Profiles.of("prod"));
	}

	static boolean roleRequires(Role role) {
		return role == Role.UIL_ADMIN || role == Role.UIL_REVIEWER;
	}

	boolean requires(Account account) {
		return roleRequires(account.role()) && !(account.twoFactorWaived() && waiversHonoured());
	}

	boolean waiversHonoured() {
		return !production;
	}

}
