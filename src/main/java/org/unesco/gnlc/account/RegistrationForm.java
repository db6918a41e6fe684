package org.unesco.gnlc.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * A person registering as an official of a city (their city is picked or named in its
 * country). The fields are in the order of the page, which is the order of its error
 * summary.
 */
record RegistrationForm(@NotBlank @Pattern(regexp = "[A-Za-z]{2}") @Nullable String countryCode,
		@NotBlank @Size(max = 160) @Nullable String cityName, @NotBlank @Size(max = 160) @Nullable String fullName,
		@NotBlank @Email @Size(max = 254) @Nullable String email, @Nullable String password,
		@Nullable String passwordConfirmation,
		@NotBlank @Pattern(regexp = "en|fr|es|ar") @Nullable String preferredLanguage) {

	static RegistrationForm empty(String countryCode, String language) {
		return new RegistrationForm(countryCode, null, null, null, null, null, language);
	}

	/** The same form without its passwords, to show again after an error. */
	RegistrationForm withoutPasswords() {
		return new RegistrationForm(countryCode, cityName, fullName, email, null, null, preferredLanguage);
	}

}
