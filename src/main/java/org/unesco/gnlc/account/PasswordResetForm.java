package org.unesco.gnlc.account;

import org.jspecify.annotations.Nullable;

/** A new password chosen through a reset link. */
record PasswordResetForm(@Nullable String token, @Nullable String password, @Nullable String passwordConfirmation) {

	PasswordResetForm withoutPasswords() {
		return new PasswordResetForm(token, null, null);
	}

}
