package org.unesco.gnlc.reference;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;
import org.unesco.gnlc.shared.persistence.BaseEntity;

/**
 * The National Commission for UNESCO of one country: it endorses and nominates that
 * country's cities.
 */
@Entity
class NationalCommission extends BaseEntity {

	@OneToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "country_code")
	private Country country;

	private String name;

	private @Nullable String email;

	@Version
	private long version;

	protected NationalCommission() {
	}

	public Country country() {
		return country;
	}

	public String name() {
		return name;
	}

	public @Nullable String email() {
		return email;
	}

	public long version() {
		return version;
	}

	void rename(String newName, @Nullable String newEmail) {
		this.name = newName;
		this.email = newEmail;
	}

}
