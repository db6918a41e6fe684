package org.unesco.gnlc.account;

import jakarta.validation.constraints.NotBlank;

import org.jspecify.annotations.Nullable;

/** A signed-in person changes their password, proving the current one. */
record PasswordChangeForm(@NotBlank @Nullable String currentPassword, @Nullable String password,
		@Nullable String passwordConfirmation) {

	static PasswordChangeForm empty() {
		return new PasswordChangeForm(null, null, null);
	}

}
