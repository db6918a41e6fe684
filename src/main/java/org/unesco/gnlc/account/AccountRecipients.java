package org.unesco.gnlc.account;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.unesco.gnlc.notification.Recipient;
import org.unesco.gnlc.notification.Recipients;
import org.unesco.gnlc.shared.security.Role;

/** The addresses and languages of accounts, for the notification module. */
@Component
@Transactional(readOnly = true)
@RequiredArgsConstructor
class AccountRecipients implements Recipients {

	private final AccountRepository accounts;

	@Override
	public Optional<Recipient> account(long accountId) {
		return accounts.findById(accountId).filter(Account::enabled).map(AccountRecipients::recipient);
	}

	@Override
	public List<Recipient> cityOfficials(long cityId) {
		return accounts.findActiveOfficials(cityId).stream().map(AccountRecipients::recipient).toList();
	}

	@Override
	public List<Recipient> endorsers(String countryCode) {
		return accounts.findActiveEndorsers(countryCode.toUpperCase(Locale.ROOT))
			.stream()
			.map(AccountRecipients::recipient)
			.toList();
	}

	@Override
	public List<Recipient> withRole(Role role) {
		return accounts.findActiveWithRole(role).stream().map(AccountRecipients::recipient).toList();
	}

	static Recipient recipient(Account account) {
		return new Recipient(account.id(), account.email(), account.fullName(), account.language());
	}

}
