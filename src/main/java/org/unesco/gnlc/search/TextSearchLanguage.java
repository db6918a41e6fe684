package org.unesco.gnlc.search;

import java.util.Locale;

/**
 * The PostgreSQL text search configurations of the portal (migration V30): one per
 * interface language, each ignoring accents, and 'simple' (no stemming, no stop words) as
 * the fallback. Searchable tables keep one vector per configuration in columns named
 * {@code search_<suffix>}.
 */
public enum TextSearchLanguage {

	ENGLISH("gnlc_english", "en"), FRENCH("gnlc_french", "fr"), SPANISH("gnlc_spanish", "es"),
	SIMPLE("gnlc_simple", "simple");

	private final String configuration;

	private final String columnSuffix;

	TextSearchLanguage(String configuration, String columnSuffix) {
		this.configuration = configuration;
		this.columnSuffix = columnSuffix;
	}

	/** The name of the text search configuration, to cast to {@code regconfig}. */
	public String configuration() {
		return configuration;
	}

	/**
	 * The column holding a table's vector in this configuration, e.g. {@code search_fr}.
	 */
	public String column() {
		return "search_" + columnSuffix;
	}

	/**
	 * The configuration of the interface language; English for a language the portal does
	 * not speak.
	 */
	public static TextSearchLanguage of(Locale locale) {
		return switch (locale.getLanguage()) {
			case "fr" -> FRENCH;
			case "es" -> SPANISH;
			default -> ENGLISH;
		};
	}

}
