package org.unesco.gnlc.account;

/** The refusals of the account services that a form explains next to the field concerned. */
final class AccountExceptions {

	private AccountExceptions() {
	}

	/** An account with this e-mail address exists already. */
	static class EmailTaken extends RuntimeException {

		EmailTaken() {
			super("An account with this e-mail address exists");
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

	/** A rule of account administration refuses the change; the message key explains it. */
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
