package org.unesco.gnlc.account;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;
import org.unesco.gnlc.shared.security.PortalUser;
import org.unesco.gnlc.shared.security.Role;

/** A person who signs in to the portal, with one role and the scope that role acts in. */
@Entity
class Account {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String email;

	private String passwordHash;

	private String fullName;

	@Enumerated(EnumType.STRING)
	private Role role;

	private @Nullable Long cityId;

	@Column(columnDefinition = "bpchar(2)")
	private @Nullable String countryCode;

	private String preferredLanguage = "en";

	private boolean enabled = true;

	private Instant createdAt = Instant.now();

	private @Nullable Instant lastSignInAt;

	@Version
	private long version;

	protected Account() {
	}

	Account(String email, String passwordHash, String fullName, Role role, @Nullable Long cityId,
			@Nullable String countryCode) {
		if (role == Role.CITY_OFFICIAL && cityId == null) {
			throw new IllegalArgumentException("A city official acts for a city");
		}
		if (role == Role.NATCOM_ENDORSER && countryCode == null) {
			throw new IllegalArgumentException("An endorser acts for the National Commission of a country");
		}
		this.email = email;
		this.passwordHash = passwordHash;
		this.fullName = fullName;
		this.role = role;
		this.cityId = role == Role.CITY_OFFICIAL ? cityId : null;
		this.countryCode = countryCode;
	}

	Long id() {
		return id;
	}

	String email() {
		return email;
	}

	Role role() {
		return role;
	}

	PortalUser asPortalUser() {
		return new PortalUser(id, email, passwordHash, fullName, role, cityId, countryCode, preferredLanguage, enabled);
	}

	void signedIn(Instant when) {
		this.lastSignInAt = when;
	}

}
