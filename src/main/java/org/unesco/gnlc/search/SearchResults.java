package org.unesco.gnlc.search;

import java.util.List;

/** A source's best hits for a query, best first, and how many hits it has in all. */
public record SearchResults(List<SearchHit> hits, long total) {

	public static SearchResults none() {
		return new SearchResults(List.of(), 0);
	}

}
