package org.unesco.gnlc.shared.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The portal's languages. Every text exists in each of them. */
public enum Language {

	ENGLISH("en", "English"), FRENCH("fr", "Français"), SPANISH("es", "Español");

	private final String code;

	private final String nativeName;

	Language(String code, String nativeName) {
		this.code = code;
		this.nativeName = nativeName;
	}

	public String code() {
		return code;
	}

	public String nativeName() {
		return nativeName;
	}

	public Locale locale() {
		return Locale.forLanguageTag(code);
	}

	public static List<Locale> locales() {
		return Arrays.stream(values()).map(Language::locale).toList();
	}

	public static Optional<Language> of(String code) {
		return Arrays.stream(values()).filter(language -> language.code.equalsIgnoreCase(code)).findFirst();
	}

	/** The language of a locale, English when the portal does not speak it. */
	public static Language of(Locale locale) {
		return of(locale.getLanguage()).orElse(ENGLISH);
	}

}
