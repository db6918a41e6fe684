package org.unesco.gnlc.reference;

import org.jspecify.annotations.Nullable;

/** A National Commission for UNESCO as other features see it. */
public record NationalCommissionInfo(long id, String countryCode, String name, @Nullable String email) {
}
