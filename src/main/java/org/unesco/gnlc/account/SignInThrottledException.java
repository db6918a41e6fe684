package org.unesco.gnlc.account;

import org.springframework.security.core.AuthenticationException;

/**
 * Too many failed sign-ins for this account or from this address: try again after the
 * wait.
 */
class SignInThrottledException extends AuthenticationException {

	private final SignInThrottle.Wait wait;

	SignInThrottledException(SignInThrottle.Wait wait) {
		super("Too many failed sign-ins (" + wait.reason() + "); try again in " + wait.duration());
		this.wait = wait;
	}

	/** What the sign-in page says: {@code throttled=minutes&why=reason}. */
	String pageParameters() {
		return "throttled=" + wait.minutes() + "&why=" + wait.reason().parameter();
	}

}
