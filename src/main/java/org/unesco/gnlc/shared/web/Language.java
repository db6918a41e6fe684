package org.unesco.gnlc.shared.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The portal's languages. Every text exists in each of them.
 *
 * <p>
 * Arabic is written with Western digits (0–9), the Unicode extension {@code nu-latn} of
 * its locale: the JDK formats numbers of plain {@code ar} with Arabic-Indic digits (١٢٣)
 * but dates with Western ones, so a page would mix both; reference numbers, years in
 * names, e-mail addresses and web addresses are Western digits anyway, and Western digits
 * are read everywhere in the Arab States (the Maghreb uses no others). One locale for
 * everything, so every number, date and count of every page, mail and PDF comes out the
 * same way.
 */
public enum Language {

	ENGLISH("en", "English", "en"), FRENCH("fr", "Français", "fr"), SPANISH("es", "Español", "es"),
	ARABIC("ar", "العربية", "ar-u-nu-latn");

	private final String code;

	private final String nativeName;

	private final Locale locale;

	Language(String code, String nativeName, String languageTag) {
		this.code = code;
		this.nativeName = nativeName;
		this.locale = Locale.forLanguageTag(languageTag);
	}

	public String code() {
		return code;
	}

	public String nativeName() {
		return nativeName;
	}

	/**
	 * The direction the language is written in: {@code rtl} for Arabic, {@code ltr}
	 * otherwise.
	 */
	public String direction() {
		return this == ARABIC ? "rtl" : "ltr";
	}

	public boolean rightToLeft() {
		return this == ARABIC;
	}

	public Locale locale() {
		return locale;
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
