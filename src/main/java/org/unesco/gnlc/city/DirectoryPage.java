package org.unesco.gnlc.city;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.unesco.gnlc.reference.UnescoRegion;

/**
 * One page of the directory: its cities, how many match in all and in each region (for
 * the other filters), the countries and Award years one can filter by.
 */
record DirectoryPage(DirectoryQuery query, List<DirectoryEntry> entries, long total, Map<UnescoRegion, Long> byRegion,
		List<CountryOption> countries, List<Integer> awardYears) {

	/** A country that has member cities, for the country filter. */
	record CountryOption(String code, String name, UnescoRegion region) {
	}

	/**
	 * The countries of the filter, region by region (for the option groups of the list).
	 */
	public Map<UnescoRegion, List<CountryOption>> countriesByRegion() {
		Map<UnescoRegion, List<CountryOption>> byRegion = new EnumMap<>(UnescoRegion.class);
		for (CountryOption country : countries) {
			byRegion.computeIfAbsent(country.region(), region -> new ArrayList<>()).add(country);
		}
		return byRegion;
	}

	public int totalPages() {
		return (int) Math.max(1, (total + query.size() - 1) / query.size());
	}

	/** A page number past the last page of results. */
	public boolean isPastTheEnd() {
		return query.page() > totalPages();
	}

	public boolean hasPrevious() {
		return query.page() > 1 && !isPastTheEnd();
	}

	public boolean hasNext() {
		return query.page() < totalPages();
	}

	public long firstPosition() {
		return entries.isEmpty() ? 0 : query.offset() + 1;
	}

	public long lastPosition() {
		return query.offset() + entries.size();
	}

}
