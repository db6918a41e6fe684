package org.unesco.gnlc.reference;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

/**
 * The National Commission for UNESCO of one country: it endorses and nominates that
 * country's cities.
 */
@Entity
class NationalCommission {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@OneToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "country_code")
	private Country country;

	private String name;

	private @Nullable String email;

	@Version
	private long version;

	protected NationalCommission() {
	}

	public Long id() {
		return id;
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
