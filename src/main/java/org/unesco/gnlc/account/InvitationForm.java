package org.unesco.gnlc.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.unesco.gnlc.shared.security.Role;

/** UIL_ADMIN invites a person with a role (and the country the role acts for). */
record InvitationForm(@NotBlank @Email @Size(max = 254) @Nullable String email,
		@NotBlank @Size(max = 160) @Nullable String fullName, @NotNull @Nullable Role role,
		@Pattern(regexp = "([A-Za-z]{2})?") @Nullable String countryCode,
		@NotBlank @Pattern(regexp = "en|fr|es|ar") @Nullable String preferredLanguage) {

	static InvitationForm empty() {
		return new InvitationForm(null, null, null, null, "en");
	}

}
