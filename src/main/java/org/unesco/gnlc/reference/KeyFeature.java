package org.unesco.gnlc.reference;

import java.util.Locale;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import org.jspecify.annotations.Nullable;

/**
 * A node of the Key Features of Learning Cities framework (Beijing, 2013): one of three
 * areas, one of twelve areas of focus, or a feature under an area of focus. The tree is
 * assembled in memory from one query (see {@link ReferenceData#keyFeatures}).
 */
@Entity
class KeyFeature {

	enum Kind {

		AREA, AREA_OF_FOCUS, FEATURE

	}

	@Id
	private Long id;

	private @Nullable Long parentId;

	private String code;

	@Enumerated(EnumType.STRING)
	private Kind kind;

	private int position;

	private String nameEn;

	private String nameFr;

	private String nameEs;

	/**
	 * Null for a feature added after the Arabic names (V102): it shows its English name.
	 */
	private @Nullable String nameAr;

	protected KeyFeature() {
	}

	Long id() {
		return id;
	}

	@Nullable Long parentId() {
		return parentId;
	}

	String code() {
		return code;
	}

	Kind kind() {
		return kind;
	}

	int position() {
		return position;
	}

	String name(Locale locale) {
		return switch (locale.getLanguage()) {
			case "fr" -> nameFr;
			case "es" -> nameEs;
			case "ar" -> nameAr != null ? nameAr : nameEn;
			default -> nameEn;
		};
	}

}
