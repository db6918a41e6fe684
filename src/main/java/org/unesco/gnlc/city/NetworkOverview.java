package org.unesco.gnlc.city;

import java.util.List;

import org.unesco.gnlc.reference.UnescoRegion;

/**
 * The network in figures: member cities and their countries, in all and per UNESCO
 * region, and its growth year by year. Members whose date of joining is not recorded
 * count in the totals but not in the growth, which says how many they are.
 */
public record NetworkOverview(long memberCities, long countries, List<Region> regions, List<Year> growth,
		long withoutJoiningDate) {

	/** Member cities and countries with member cities in one region. */
	public record Region(UnescoRegion region, long memberCities, long countries) {
	}

	/**
	 * The cities that joined in a year, and the members with a known date at the end of
	 * it.
	 */
	public record Year(int year, long joined, long members) {
	}

}
