package org.unesco.gnlc.account;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.unesco.gnlc.shared.security.PortalUser;

/**
 * Password sign-in behind the throttle: a waiting account or address is refused before its
 * password is even checked; a wrong password counts against both.
 */
class ThrottledSignIn implements AuthenticationProvider {

	private final DaoAuthenticationProvider passwords;

	private final SignInThrottle throttle;

	private final Accounts accounts;

	ThrottledSignIn(DaoAuthenticationProvider passwords, SignInThrottle throttle, Accounts accounts) {
		this.passwords = passwords;
		this.throttle = throttle;
		this.accounts = accounts;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String email = authentication.getName();
		String address = authentication.getDetails() instanceof WebAuthenticationDetails details
				&& details.getRemoteAddress() != null ? details.getRemoteAddress() : "unknown";
		throttle.waitBeforeNextAttempt(email, address).ifPresent(wait -> {
			throw new SignInThrottledException(wait);
		});
		Authentication result;
		try {
			result = passwords.authenticate(authentication);
		}
		catch (BadCredentialsException wrongPassword) {
			throttle.failed(email, address);
			throw wrongPassword;
		}
		throttle.succeeded(email);
		if (result != null && result.getPrincipal() instanceof PortalUser user) {
			accounts.recordSignIn(user.accountId());
		}
		return result;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
