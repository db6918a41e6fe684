package org.unesco.gnlc.city;

import org.jspecify.annotations.Nullable;

import org.unesco.gnlc.reference.UnescoRegion;

/**
 * A city's public profile as its page shows it, with the version an editor starts from,
 * and the city's Arabic name where it has one (V101).
 */
record CityProfileView(long id, String slug, String name, String countryCode, String countryName, UnescoRegion region,
		boolean member, ProfileValues profile, long version, boolean suspended, @Nullable String nameAr) {

	public String profilePath() {
		return "/cities/" + slug;
	}

}
