package org.unesco.gnlc.account;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.unesco.gnlc.PortalTest;
import org.unesco.gnlc.shared.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Nobody can keep someone else out by guessing their password (ASVS 5.0 V6.3): the real
 * sign-in provider, with requests from several client addresses.
 */
@PortalTest
class SignInLockoutTests {

	@Autowired
	ThrottledSignIn signIn;

	@Autowired
	ApplicationContext context;

	private AccountFixtures fixtures;

	private String juror;

	@BeforeEach
	void aJuror() {
		fixtures = AccountFixtures.of(context);
		fixtures.clearThrottle();
		juror = AccountFixtures.uniqueEmail("juror");
		fixtures.account(juror, Role.JURY_MEMBER, null, "KE");
	}

	@Test
	void aStrangerGuessingFromOneAddressDoesNotKeepTheOwnerOut() {
		for (int guess = 0; guess < SignInThrottle.PASSWORDS_OF_ACCOUNT_FROM_ADDRESS.failures(); guess++) {
			attemptFails(juror, "wrong " + guess, "203.0.113.7");
		}
		assertThatThrownBy(() -> attempt(juror, AccountFixtures.PASSWORD, "203.0.113.7"))
			.isInstanceOf(SignInThrottledException.class);

		assertThat(attempt(juror, AccountFixtures.PASSWORD, "198.51.100.1").isAuthenticated()).isTrue();
		assertThat(fixtures.securityEvents(juror)).contains("SIGN_IN_FAILED", "SIGN_IN_THROTTLED");
	}

	@Test
	void guessingFromManyAddressesNeverRefusesTheRightPasswordFromAnAddressWithoutFailures() {
		int addresses = SignInThrottle.PASSWORDS_OF_ACCOUNT.failures() + 5;
		for (int address = 0; address < addresses; address++) {
			attemptFails(juror, "wrong", "192.0.2." + address);
		}
		// The account is protected now: an address that took part waits, even with the
		// right password…
		assertThatThrownBy(() -> attempt(juror, AccountFixtures.PASSWORD, "192.0.2.3"))
			.isInstanceOf(SignInThrottledException.class);
		// …but the owner, from a connection without failures, signs in.
		assertThat(attempt(juror, AccountFixtures.PASSWORD, "198.51.100.1").isAuthenticated()).isTrue();
	}

	private void attemptFails(String email, String password, String address) {
		assertThatThrownBy(() -> attempt(email, password, address)).isInstanceOf(BadCredentialsException.class);
	}

	private Authentication attempt(String email, String password, String address) {
		UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(email,
				password);
		token.setDetails(new WebAuthenticationDetails(address, null));
		return signIn.authenticate(token);
	}

}
