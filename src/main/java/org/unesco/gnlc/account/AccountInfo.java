package org.unesco.gnlc.account;

import org.jspecify.annotations.Nullable;
import org.unesco.gnlc.shared.security.Role;
import org.unesco.gnlc.shared.web.Language;

/** An account as other features see it (e.g. who submitted an application). */
public record AccountInfo(long id, String email, String fullName, Role role, @Nullable Long cityId,
		@Nullable String countryCode, Language language, boolean active) {
}
