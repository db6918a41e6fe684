package org.unesco.gnlc.city;

import org.unesco.gnlc.reference.UnescoRegion;

/**
 * A city as a list shows it: name, country (named in the reader's language), region, and
 * its profile's address.
 */
public record CityCard(long id, String slug, String name, String countryCode, String countryName, UnescoRegion region,
		boolean member) {

	/** The address of the city's public profile. */
	public String profilePath() {
		return "/cities/" + slug;
	}

}
