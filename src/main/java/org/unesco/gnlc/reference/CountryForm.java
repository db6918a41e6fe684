package org.unesco.gnlc.reference;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * UIL's corrections to a country: its UNESCO region and its National Commission's name
 * and e-mail. The versions are those the editor saw, so a concurrent change is not
 * overwritten.
 */
record CountryForm(@NotNull UnescoRegion region, @NotBlank @Size(max = 200) String commissionName,
		@Email @Size(max = 254) @Nullable String commissionEmail, long countryVersion, long commissionVersion) {

	static CountryForm of(Country country, NationalCommission commission) {
		return new CountryForm(country.region(), commission.name(), commission.email(), country.version(),
				commission.version());
	}

}
