package org.unesco.gnlc.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** The invited person's name, password and language, sent with the invitation's token. */
record AcceptInvitationForm(@Nullable String token, @NotBlank @Size(max = 160) @Nullable String fullName,
		@Nullable String password, @Nullable String passwordConfirmation,
		@NotBlank @Pattern(regexp = "en|fr|es|ar") @Nullable String preferredLanguage) {

	AcceptInvitationForm withoutPasswords() {
		return new AcceptInvitationForm(token, fullName, null, null, preferredLanguage);
	}

}
