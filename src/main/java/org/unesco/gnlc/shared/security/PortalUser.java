package org.unesco.gnlc.shared.security;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import org.unesco.gnlc.shared.web.Language;

/**
 * The signed-in person as every feature sees them: who they are, their role and its
 * scope. Kept in the HTTP session (in PostgreSQL), hence small and serializable.
 */
public final class PortalUser implements UserDetails, CredentialsContainer {

	@Serial
	private static final long serialVersionUID = 1L;

	private final long accountId;

	private final String email;

	private @Nullable String passwordHash;

	private final String fullName;

	private final Role role;

	private final @Nullable Long cityId;

	private final @Nullable String countryCode;

	private final String preferredLanguage;

	private final boolean enabled;

	public PortalUser(long accountId, String email, String passwordHash, String fullName, Role role,
			@Nullable Long cityId, @Nullable String countryCode, String preferredLanguage, boolean enabled) {
		this.accountId = accountId;
		this.email = email;
		this.passwordHash = passwordHash;
		this.fullName = fullName;
		this.role = role;
		this.cityId = cityId;
		this.countryCode = countryCode;
		this.preferredLanguage = preferredLanguage;
		this.enabled = enabled;
	}

	public long accountId() {
		return accountId;
	}

	public String email() {
		return email;
	}

	public String fullName() {
		return fullName;
	}

	public Role role() {
		return role;
	}

	public boolean is(Role candidate) {
		return role == candidate;
	}

	/** The city a city official acts for; empty for every other role. */
	public @Nullable Long cityId() {
		return cityId;
	}

	/**
	 * The country of an endorser's National Commission, or a juror's or reviewer's own
	 * country.
	 */
	public @Nullable String countryCode() {
		return countryCode;
	}

	public boolean actsForCity(long candidateCityId) {
		return role == Role.CITY_OFFICIAL && cityId != null && cityId == candidateCityId;
	}

	public boolean endorsesFor(String candidateCountryCode) {
		return role == Role.NATCOM_ENDORSER && countryCode != null && countryCode.equals(candidateCountryCode);
	}

	public boolean isSecretariat() {
		return role == Role.UIL_REVIEWER || role == Role.UIL_ADMIN;
	}

	public Locale preferredLocale() {
		return Language.of(preferredLanguage).orElse(Language.ENGLISH).locale();
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(role.authority());
	}

	@Override
	public @Nullable String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return email;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof PortalUser user && user.accountId == accountId;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(accountId);
	}

	@Override
	public String toString() {
		return "PortalUser[" + accountId + ", " + role + "]";
	}

}
