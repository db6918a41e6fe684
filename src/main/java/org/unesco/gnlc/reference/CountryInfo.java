package org.unesco.gnlc.reference;

/**
 * A country as other features see it: code, name in the reader's language, UNESCO region.
 */
public record CountryInfo(String code, String name, UnescoRegion region) {
}
