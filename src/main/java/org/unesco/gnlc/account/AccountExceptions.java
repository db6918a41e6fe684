package org.unesco.gnlc.account;

/**
 * The refusals of the account services that a form explains next to the field concerned.
 */
final class AccountExceptions {

	private AccountExceptions() {
	}

	/**
	 * An account with this e-mail address exists already (an invitation says so; a
	 * registration answers as if it went through).
	 */
	static class EmailTaken extends RuntimeException {

		EmailTaken() {
			super("An account with this e-mail address exists");
		}

	}

	/**
	 * Too many requests that send mail from this client address: wait so many minutes.
	 */
	static class TooManyRequests extends RuntimeException {

		private final long minutes;

		TooManyRequests(SignInThrottle.Wait wait) {
			super("Too many requests from this address; wait " + wait.duration());
			this.minutes = wait.minutes();
		}

		long minutes() {
			return minutes;
		}

	}

	/** The current password given to confirm a change is not the person's password. */
	static class WrongPassword extends RuntimeException {

		WrongPassword() {
			super("The current password is not right");
		}

	}

	/** A link (verification, reset, invitation) that is unknown, used or expired. */
	static class InvalidLink extends RuntimeException {

		private final AccountTokens.Check check;

		InvalidLink(AccountTokens.Check check) {
			super("The link is " + check);
			this.check = check;
		}

		AccountTokens.Check check() {
			return check;
		}

	}

	/**
	 * A rule of account administration refuses the change; the message key explains it.
	 */
	static class Refused extends RuntimeException {

		private final String messageKey;

		Refused(String messageKey) {
			super(messageKey);
			this.messageKey = messageKey;
		}

		String messageKey() {
			return messageKey;
		}

	}

}
