package org.unesco.gnlc.reference;

/**
 * A country as other features see it: code, name in the reader's language, UNESCO region,
 * and whether it is one UNESCO works with (a Member State or an Associate Member), the
 * only ones a person may choose as where a city is.
 */
public record CountryInfo(String code, String name, UnescoRegion region, boolean unesco) {
}
