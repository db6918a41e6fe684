package org.unesco.gnlc.shared;

import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.jspecify.annotations.Nullable;

/**
 * A text UIL writes in English, French and Spanish (a criterion of the Award, a challenge
 * of the membership form): shown in the reader's language, in English for any other.
 * Embedded, it is kept in the columns {@code name_en}, {@code name_fr} and
 * {@code name_es}, which an entity renames for another text ({@code @AttributeOverride}).
 */
@Embeddable
public record LocalizedText(@Column(name = "name_en") String en, @Column(name = "name_fr") String fr,
		@Column(name = "name_es") String es) {

	/** The text in this reader's language. */
	public String in(Locale locale) {
		return switch (locale.getLanguage()) {
			case "fr" -> fr;
			case "es" -> es;
			default -> en;
		};
	}

	/**
	 * The text in this reader's language, where UIL may also have written it in Arabic
	 * (optional, kept beside the text): an Arabic reader gets the English text where it
	 * did not.
	 */
	public String in(Locale locale, @Nullable String arabic) {
		if ("ar".equals(locale.getLanguage())) {
			return arabic == null || arabic.isBlank() ? en : arabic;
		}
		return in(locale);
	}

}
