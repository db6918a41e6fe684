package org.unesco.gnlc.account;

import java.util.Collection;
import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;
import org.unesco.gnlc.city.ImportedPeople;

/**
 * The accounts and held invitations of the imports of the existing network, through
 * {@link Accounts}.
 */
@Component
@RequiredArgsConstructor
class ImportedPeopleAccounts implements ImportedPeople {

	private final Accounts accounts;

	@Override
	public List<Known> byEmails(Collection<String> emails) {
		return accounts.byEmails(emails)
			.stream()
			.map(account -> new Known(account.email(), account.role(), account.cityId(), account.countryCode()))
			.toList();
	}

	@Override
	public int inviteHeld(List<Invitee> invitees, String batch, long adminId) {
		return accounts.inviteHeld(invitees.stream()
			.map(invitee -> new Accounts.ImportedInvitation(invitee.email(), invitee.fullName(), invitee.role(),
					invitee.cityId(), invitee.countryCode(), invitee.language()))
			.toList(), batch, adminId);
	}

	@Override
	public int sendHeld(String batch, long adminId, String adminName) {
		return accounts.sendHeldInvitations(batch, adminId, adminName);
	}

	@Override
	public int held(String batch) {
		return accounts.heldInvitations(batch);
	}

}
