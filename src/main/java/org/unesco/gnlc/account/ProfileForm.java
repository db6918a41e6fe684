package org.unesco.gnlc.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.unesco.gnlc.shared.web.PhoneNumber;

/**
 * What a person says about themselves; the preferred language sets their interface and
 * e-mail.
 */
record ProfileForm(@NotBlank @Size(max = 160) @Nullable String fullName, @Size(max = 160) @Nullable String title,
		@Size(max = 200) @Nullable String organisation, @PhoneNumber @Nullable String phone,
		@NotBlank @Pattern(regexp = "en|fr|es|ar") @Nullable String preferredLanguage, long version) {

	static ProfileForm of(Account account) {
		return new ProfileForm(account.fullName(), account.title(), account.organisation(), account.phone(),
				account.language().code(), account.version());
	}

}
