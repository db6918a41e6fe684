package org.unesco.gnlc.search;

/**
 * Something the portal's search finds: a feature declares a bean of this type for its
 * records. A source answers its best hits in bounded statements (rank, limit, then
 * headlines of the few kept), read with the query's text search configuration.
 */
public interface SearchSource {

	/** At most {@code limit} hits, best first, and the number of all hits. */
	SearchResults search(SearchQuery query, int limit);

}
