package org.unesco.gnlc.account;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/** Too many failed sign-ins from this account or address: try again after the wait. */
class SignInThrottledException extends AuthenticationException {

	private final Duration wait;

	SignInThrottledException(Duration wait) {
		super("Too many failed sign-ins; try again in " + wait);
		this.wait = wait;
	}

	/** The wait in whole minutes, at least one, as the sign-in page tells it. */
	long minutes() {
		return Math.max(1, (wait.toSeconds() + 59) / 60);
	}

}
