package org.unesco.gnlc.city;

import org.unesco.gnlc.reference.UnescoRegion;

/** A city's public profile as its page shows it, with the version an editor starts from. */
record CityProfileView(long id, String slug, String name, String countryCode, String countryName, UnescoRegion region,
		boolean member, ProfileValues profile, long version, boolean suspended) {

	public String profilePath() {
		return "/cities/" + slug;
	}

}
