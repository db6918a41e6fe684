package org.unesco.gnlc.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** A code from the authenticator app, or a recovery code. */
record CodeForm(@NotBlank @Size(max = 40) @Nullable String code) {

	static CodeForm empty() {
		return new CodeForm(null);
	}

}
