package org.unesco.gnlc.shared.security;

import org.jspecify.annotations.Nullable;

/**
 * Who does something to a record, as its timeline records it: the account, the name and
 * the role at that moment, and the scope the role was held in (the city of a city
 * official, the country of an endorser, reviewer or juror). Aggregates take an actor
 * rather than the signed-in {@link PortalUser}, so that demo data and tests can act
 * without a session.
 */
public record Actor(long accountId, String name, Role role, @Nullable Long cityId, @Nullable String countryCode) {

	/** Someone acting without a scope worth recording (demo data, fixtures). */
	public Actor(long accountId, String name, Role role) {
		this(accountId, name, role, null, null);
	}

	public static Actor of(PortalUser user) {
		return new Actor(user.accountId(), user.fullName(), user.role(), user.cityId(), user.countryCode());
	}

}
