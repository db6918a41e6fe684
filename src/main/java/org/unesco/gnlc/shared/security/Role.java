package org.unesco.gnlc.shared.security;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * What a person does in the network. Each role acts only inside its scope: a city
 * official for one city, a National Commission endorser for one country.
 */
public enum Role {

	CITY_OFFICIAL, NATCOM_ENDORSER, UIL_REVIEWER, JURY_MEMBER, UIL_ADMIN;

	public GrantedAuthority authority() {
		return new SimpleGrantedAuthority("ROLE_" + name());
	}

	/** Message key of the role's name, e.g. {@code role.CITY_OFFICIAL}. */
	public String messageKey() {
		return "role." + name();
	}

}
