package org.unesco.gnlc.search;

import java.util.Locale;

/**
 * What a visitor searches for: the cleaned text (for {@code websearch_to_tsquery}), the
 * text search configuration to read it with, and the interface language to name results
 * in.
 */
public record SearchQuery(String text, TextSearchLanguage language, Locale locale) {
}
