package org.unesco.gnlc.city;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.unesco.gnlc.reference.UnescoRegion;

/**
 * What a visitor asks the directory: a name to search (ignoring case and accents),
 * filters, an order and a page (counted from 1). Built by {@link DirectoryRequest} from
 * the address.
 */
record DirectoryQuery(String search, @Nullable UnescoRegion region, @Nullable String countryCode,
		@Nullable Integer awardYear, @Nullable Integer joinedYear, DirectorySort sort, boolean descending, int page,
		int size) {

	static final int MAX_SEARCH_LENGTH = 100;

	static final int PAGE_SIZE = 20;

	static final int MAX_PAGE_SIZE = 100;

	static DirectoryQuery everything() {
		return new DirectoryQuery("", null, null, null, null, DirectorySort.NAME, false, 1, PAGE_SIZE);
	}

	long offset() {
		return (long) (page - 1) * size;
	}

	public boolean isFiltered() {
		return !search.isEmpty() || region != null || countryCode != null || awardYear != null || joinedYear != null;
	}

	DirectoryQuery onPage(int number) {
		return new DirectoryQuery(search, region, countryCode, awardYear, joinedYear, sort, descending, number, size);
	}

	DirectoryQuery inRegion(@Nullable UnescoRegion other) {
		return new DirectoryQuery(search, other, countryCode, awardYear, joinedYear, sort, descending, 1, size);
	}

	DirectoryQuery sortedBy(DirectorySort other, boolean otherDescending) {
		return new DirectoryQuery(search, region, countryCode, awardYear, joinedYear, other, otherDescending, 1, size);
	}

	/**
	 * The query as address parameters, defaults left out, so that links (pages, orders,
	 * regions, the open data) keep the filters.
	 */
	Map<String, String> parameters() {
		Map<String, String> parameters = new LinkedHashMap<>();
		if (!search.isEmpty()) {
			parameters.put("q", search);
		}
		if (region != null) {
			parameters.put("region", region.name());
		}
		if (countryCode != null) {
			parameters.put("country", countryCode);
		}
		if (awardYear != null) {
			parameters.put("award", awardYear.toString());
		}
		if (joinedYear != null) {
			parameters.put("joined", joinedYear.toString());
		}
		if (sort != DirectorySort.NAME || descending != sort.descendingByDefault()) {
			parameters.put("sort", sort.parameter());
			parameters.put("dir", descending ? "desc" : "asc");
		}
		if (page > 1) {
			parameters.put("page", Integer.toString(page));
		}
		if (size != PAGE_SIZE) {
			parameters.put("size", Integer.toString(size));
		}
		return parameters;
	}

}
