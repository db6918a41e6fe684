package org.unesco.gnlc.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** An e-mail address, to send a reset or a verification link to. */
record EmailForm(@NotBlank @Email @Size(max = 254) @Nullable String email) {
}
