package org.unesco.gnlc.account;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.unesco.gnlc.shared.security.PortalUser;
import org.jspecify.annotations.Nullable;

/**
 * Password sign-in behind the throttle: an address that has to wait (for this account,
 * for all, or because this account is being guessed at and this address took part) is
 * refused before the password is even checked; a wrong password counts. Once the password
 * is right, the account's state decides: deactivated, unverified, awaiting approval or
 * declined accounts are refused with the reason; a person with two-factor sign-in (or
 * whose role requires it) gets a {@link PendingSignIn} and finishes on the next page.
 * Everything is in the security log.
 */
class ThrottledSignIn implements AuthenticationProvider {

	private final DaoAuthenticationProvider passwords;

	private final SignInThrottle throttle;

	private final Accounts accounts;

	private final SecurityLog securityLog;

	ThrottledSignIn(DaoAuthenticationProvider passwords, SignInThrottle throttle, Accounts accounts,
			SecurityLog securityLog) {
		this.passwords = passwords;
		this.throttle = throttle;
		this.accounts = accounts;
		this.securityLog = securityLog;
		// The account's state is checked after the password, never before (see above).
		passwords.setPreAuthenticationChecks(user -> {
		});
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String email = authentication.getName();
		String address = authentication.getDetails() instanceof WebAuthenticationDetails details
				&& details.getRemoteAddress() != null ? details.getRemoteAddress() : "unknown";
		throttle.beforePassword(email, address).ifPresent(wait -> {
			securityLog.recordAlone(SecurityEventKind.SIGN_IN_THROTTLED, null, email, wait.reason().name());
			throw new SignInThrottledException(wait);
		});
		Authentication result;
		try {
			result = passwords.authenticate(authentication);
		}
		catch (BadCredentialsException wrongPassword) {
			throttle.passwordFailed(email, address);
			securityLog.recordAlone(SecurityEventKind.SIGN_IN_FAILED, null, email, null);
			throw wrongPassword;
		}
		if (result == null || !(result.getPrincipal() instanceof PortalUser user)) {
			throw new BadCredentialsException("Unknown principal");
		}
		Accounts.SignInState state = accounts.signInState(user.accountId())
			.orElseThrow(() -> new BadCredentialsException("The account is gone"));
		SignInRefusedException.Reason refusal = refusal(state);
		if (refusal != null) {
			securityLog.recordAlone(SecurityEventKind.SIGN_IN_REFUSED, user.accountId(), user.email(), refusal.name());
			throw new SignInRefusedException(refusal);
		}
		throttle.passwordSucceeded(email, address);
		if (state.twoFactorEnabled()) {
			return new PendingSignIn(user, PendingSignIn.Stage.CODE);
		}
		if (state.twoFactorRequired()) {
			return new PendingSignIn(user, PendingSignIn.Stage.ENROLMENT);
		}
		return result;
	}

	private static SignInRefusedException.@Nullable Reason refusal(Accounts.SignInState state) {
		if (!state.enabled()) {
			return SignInRefusedException.Reason.DEACTIVATED;
		}
		return switch (state.status()) {
			case ACTIVE -> null;
			case UNVERIFIED -> SignInRefusedException.Reason.UNVERIFIED;
			case AWAITING_APPROVAL -> SignInRefusedException.Reason.AWAITING_APPROVAL;
			case DECLINED -> SignInRefusedException.Reason.DECLINED;
			case INVITED -> SignInRefusedException.Reason.UNVERIFIED;
		};
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
