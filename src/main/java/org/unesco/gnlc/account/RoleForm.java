package org.unesco.gnlc.account;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.unesco.gnlc.shared.security.Role;

/** UIL_ADMIN changes a person's role and the scope it acts in (the version they saw). */
record RoleForm(@NotNull @Nullable Role role, @Pattern(regexp = "([A-Za-z]{2})?") @Nullable String countryCode,
		@Size(max = 160) @Nullable String cityName, long version) {
}
