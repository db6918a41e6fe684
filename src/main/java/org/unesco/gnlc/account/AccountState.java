package org.unesco.gnlc.account;

/** The states UIL_ADMIN filters accounts by: the life-cycle status, or deactivated. */
enum AccountState {

	ACTIVE, INVITED, UNVERIFIED, AWAITING_APPROVAL, DECLINED, DEACTIVATED;

	public String messageKey() {
		return "account.state." + name();
	}

	static AccountState of(Account account) {
		return account.enabled() ? AccountState.valueOf(account.status().name()) : DEACTIVATED;
	}

}
