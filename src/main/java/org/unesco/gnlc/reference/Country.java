package org.unesco.gnlc.reference;

import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

/**
 * A country or territory by its ISO 3166-1 alpha-2 code, named in the portal's four
 * languages.
 */
@Entity
class Country {

	@Id
	@Column(columnDefinition = "bpchar(2)")
	private String code;

	private String nameEn;

	private String nameFr;

	private String nameEs;

	private String nameAr;

	@Enumerated(EnumType.STRING)
	private UnescoRegion region;

	/** None for a territory UNESCO does not count among its members (Antarctica). */
	@Enumerated(EnumType.STRING)
	private @Nullable UnescoMembership unescoMembership;

	@Version
	private long version;

	protected Country() {
	}

	public String code() {
		return code;
	}

	public String name(Locale locale) {
		return switch (locale.getLanguage()) {
			case "fr" -> nameFr;
			case "es" -> nameEs;
			case "ar" -> nameAr;
			default -> nameEn;
		};
	}

	public String nameEn() {
		return nameEn;
	}

	public UnescoRegion region() {
		return region;
	}

	boolean unescoMember() {
		return unescoMembership != null;
	}

	public long version() {
		return version;
	}

	void moveToRegion(UnescoRegion newRegion) {
		this.region = newRegion;
	}

}
