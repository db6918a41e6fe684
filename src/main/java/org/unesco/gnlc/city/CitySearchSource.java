package org.unesco.gnlc.city;

import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.unesco.gnlc.search.Highlights;
import org.unesco.gnlc.search.SearchHit;
import org.unesco.gnlc.search.SearchQuery;
import org.unesco.gnlc.search.SearchResults;
import org.unesco.gnlc.search.SearchSource;

/**
 * The cities of the network in the portal's search, found by name (their profiles will
 * add more to search): the city module offers its own records to search, as every feature
 * does, so that no other module reads the city table. Cities are few: their vectors are
 * computed at query time rather than kept in the city table.
 */
@Component
@RequiredArgsConstructor
class CitySearchSource implements SearchSource {

	private final JdbcClient jdbc;

	@Override
	public SearchResults search(SearchQuery query, int limit) {
		record Row(String slug, String title, String excerpt, double rank, long total) {
		}
		List<Row> rows = jdbc
			.sql("""
					with q as (select websearch_to_tsquery(cast(:configuration as regconfig), gnlc_arabic_fold(:text)) as query),
					named as (
					  -- The Latin name and the Arabic one, folded as the directory folds it (V101).
					  select c.slug, c.name,
					         to_tsvector(cast(:configuration as regconfig), c.name || coalesce(' ' || gnlc_arabic_fold(c.name_ar), '')) as names
					  from city c
					),
					hits as (
					  select named.slug, named.name, ts_rank(named.names, q.query, 32) as rank
					  from named, q
					  where named.names @@ q.query
					),
					kept as (select hits.*, count(*) over () as total from hits order by rank desc, name limit :limit)
					select kept.slug, kept.rank, kept.total,
					       ts_headline(cast(:configuration as regconfig), translate(kept.name, :markers, ''), q.query, :whole) as title
					from kept, q
					order by kept.rank desc, kept.name
					""")
			.param("configuration", query.language().configuration())
			.param("text", query.text())
			.param("limit", limit)
			.param("markers", Highlights.MARKERS)
			.param("whole", Highlights.WHOLE_OPTIONS)
			.query((rs, row) -> new Row(rs.getString("slug"), rs.getString("title"), "", rs.getDouble("rank"),
					rs.getLong("total")))
			.list();
		if (rows.isEmpty()) {
			return SearchResults.none();
		}
		return new SearchResults(rows.stream()
			.map(row -> new SearchHit("search.kind.city", row.title(), row.excerpt(), null, "/cities/" + row.slug(),
					row.rank()))
			.toList(), rows.get(0).total());
	}

}
