package org.unesco.gnlc.account;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;
import org.unesco.gnlc.shared.security.PortalUser;
import org.unesco.gnlc.shared.web.Language;
import org.unesco.gnlc.shared.web.StaleEditException;

/** A person's own profile: name, title, organisation, phone and preferred language. */
@Service
@Transactional
@RequiredArgsConstructor
class Profiles {

	private final AccountRepository accounts;

	@Transactional(readOnly = true)
	ProfileForm form(long accountId) {
		return ProfileForm.of(account(accountId));
	}

	/** Saves the profile and answers the person as the session should now know them. */
	PortalUser update(long accountId, ProfileForm form) {
		Account account = account(accountId);
		StaleEditException.check(form.version(), account.version(), "Your profile");
		account.updateProfile(form.fullName().strip(), blankToNull(form.title()), blankToNull(form.organisation()),
				blankToNull(form.phone()), Language.of(form.preferredLanguage()).orElse(Language.ENGLISH));
		return account.asPortalUser();
	}

	private Account account(long accountId) {
		return accounts.findById(accountId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
