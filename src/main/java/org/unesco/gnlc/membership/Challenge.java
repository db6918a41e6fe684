package org.unesco.gnlc.membership;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.unesco.gnlc.shared.LocalizedText;
import org.unesco.gnlc.shared.persistence.BaseEntity;

/** A challenge a city rates from 1 (minor) to 5 (major) in its application. */
@Entity
@Table(name = "membership_challenge")
class Challenge extends BaseEntity {

	private int position;

	@Embedded
	private LocalizedText name;

	private boolean active = true;

	@Version
	private long version;

	protected Challenge() {
	}

	Challenge(int position, LocalizedText name) {
		this.position = position;
		rename(name);
	}

	void rename(LocalizedText newName) {
		this.name = newName;
	}

	void setActive(boolean active) {
		this.active = active;
	}

	int position() {
		return position;
	}

	boolean active() {
		return active;
	}

	long version() {
		return version;
	}

	LocalizedText name() {
		return name;
	}

}
