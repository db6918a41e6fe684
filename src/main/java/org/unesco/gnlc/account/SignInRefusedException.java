package org.unesco.gnlc.account;

import org.springframework.security.core.AuthenticationException;

/**
 * The password was right but the account may not sign in yet or any more. Told only after
 * the password was checked, so that a guesser learns nothing about an account's state.
 */
class SignInRefusedException extends AuthenticationException {

	/** How the sign-in page names the reason ({@code /login?reason}). */
	enum Reason {

		DEACTIVATED("disabled"), UNVERIFIED("unverified"), AWAITING_APPROVAL("awaitingApproval"), DECLINED("declined");

		private final String parameter;

		Reason(String parameter) {
			this.parameter = parameter;
		}

		String parameter() {
			return parameter;
		}

	}

	private final Reason reason;

	SignInRefusedException(Reason reason) {
		super("Sign-in refused: " + reason);
		this.reason = reason;
	}

	Reason reason() {
		return reason;
	}

}
