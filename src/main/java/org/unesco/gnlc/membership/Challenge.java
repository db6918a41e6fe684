package org.unesco.gnlc.membership;

import java.util.Locale;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A challenge a city rates from 1 (minor) to 5 (major) in its application. */
@Entity
@Table(name = "membership_challenge")
class Challenge {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private int position;

	private String nameEn;

	private String nameFr;

	private String nameEs;

	private boolean active = true;

	@Version
	private long version;

	protected Challenge() {
	}

	Challenge(int position, String nameEn, String nameFr, String nameEs) {
		this.position = position;
		rename(nameEn, nameFr, nameEs);
	}

	void rename(String en, String fr, String es) {
		this.nameEn = en;
		this.nameFr = fr;
		this.nameEs = es;
	}

	void setActive(boolean active) {
		this.active = active;
	}

	Long id() {
		return id;
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

	String nameEn() {
		return nameEn;
	}

	String nameFr() {
		return nameFr;
	}

	String nameEs() {
		return nameEs;
	}

	String name(Locale locale) {
		return switch (locale.getLanguage()) {
			case "fr" -> nameFr;
			case "es" -> nameEs;
			default -> nameEn;
		};
	}

}
