package org.unesco.gnlc.award;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * UIL invites the National Commission's endorser of a country whose cities' applications
 * wait for one. Bound as "endorserInvitation": its messages are
 * {@code NotBlank.endorserInvitation.fullName} and so on.
 */
record EndorserInvitationForm(@NotBlank @Size(max = 160) @Nullable String fullName,
		@NotBlank @Email @Size(max = 254) @Nullable String email,
		@NotBlank @Pattern(regexp = "en|fr|es") @Nullable String language) {

	static EndorserInvitationForm empty() {
		return new EndorserInvitationForm(null, null, "en");
	}

}
