package org.unesco.gnlc.account;

/**
 * Where an account is in its life. Only an {@link #ACTIVE} account (and not deactivated)
 * signs in, so nobody acts in the portal before proving their e-mail address and, for a
 * further official of a city, before that city's officials or UIL accepted them.
 */
enum AccountStatus {

	/**
	 * Invited by UIL_ADMIN; becomes active when the person sets a password through the
	 * link.
	 */
	INVITED,
	/** Registered; the e-mail address is not confirmed yet. */
	UNVERIFIED,
	/**
	 * A further official of a city, waiting for an official of that city or UIL to accept
	 * them.
	 */
	AWAITING_APPROVAL, ACTIVE,
	/** The city's officials or UIL refused the registration. */
	DECLINED;

	public String messageKey() {
		return "account.status." + name();
	}

}
