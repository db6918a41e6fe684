package org.unesco.gnlc.city;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A city as other features see it. */
public record CityInfo(long id, String slug, String name, String countryCode, @Nullable LocalDate memberSince) {

	public boolean isMember() {
		return memberSince != null;
	}

}
