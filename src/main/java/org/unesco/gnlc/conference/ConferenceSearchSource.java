package org.unesco.gnlc.conference;

import java.util.List;
import java.util.Locale;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.unesco.gnlc.search.Highlights;
import org.unesco.gnlc.search.SearchHit;
import org.unesco.gnlc.search.SearchQuery;
import org.unesco.gnlc.search.SearchResults;
import org.unesco.gnlc.search.SearchSource;

/**
 * The conference records in the portal's search: conferences, sessions, people and
 * outcome documents, each matched on its weighted vector in the query's language (titles
 * and names weigh most, summaries less, the points of documents least). One statement
 * ranks, counts and keeps the best; headlines are made only for those.
 */
@Component
@RequiredArgsConstructor
class ConferenceSearchSource implements SearchSource {

	private final JdbcClient jdbc;

	private final ConferenceNames names;

	private record Row(String kind, long id, @Nullable Integer number, @Nullable String slug,
			@Nullable String sessionType, @Nullable Integer sessionNumber, @Nullable String documentType,
			@Nullable String title, String titleMarked, String excerpt, @Nullable String context, double rank,
			long total) {
	}

	@Override
	@Transactional(readOnly = true)
	public SearchResults search(SearchQuery query, int limit) {
		String column = query.language().column();
		String sql = """
				with q as (select websearch_to_tsquery(cast(:configuration as regconfig), :text) as query),
				hits as (
				  select 'conference' as kind, c.id, c.ordinal as number, null::text as slug, null::text as session_type,
				         null::int as session_number, null::text as document_type, c.theme as title,
				         coalesce(c.summary, '') as body, concat_ws(' · ', c.host_city_name, c.year::text) as context,
				         ts_rank(c.%1$s, q.query, 32) as rank
				  from conference c, q where c.%1$s @@ q.query
				  union all
				  select 'session', s.id, c.ordinal, null, s.type, s.number, null, s.title,
				         coalesce(s.summary, ''), null, ts_rank(s.%1$s, q.query, 32)
				  from conference_session s join conference c on c.id = s.conference_id, q where s.%1$s @@ q.query
				  union all
				  select 'person', p.id, null, p.slug, null, null, null, p.name,
				         coalesce(p.description, ''), null, ts_rank(p.%1$s, q.query, 32)
				  from conference_person p, q where p.%1$s @@ q.query
				  union all
				  select 'document', d.id, c.ordinal, null, null, null, d.type, d.title,
				         concat_ws(' ', d.summary, d.points_text), null, ts_rank(d.%1$s, q.query, 32)
				  from conference_document d join conference c on c.id = d.conference_id, q where d.%1$s @@ q.query
				),
				kept as (select hits.*, count(*) over () as total from hits order by rank desc, kind, id limit :limit)
				select kept.kind, kept.id, kept.number, kept.slug, kept.session_type, kept.session_number,
				       kept.document_type, kept.title, kept.context, kept.rank, kept.total,
				       ts_headline(cast(:configuration as regconfig), translate(coalesce(kept.title, ''), :markers, ''),
				                   q.query, :whole) as title_marked,
				       ts_headline(cast(:configuration as regconfig), translate(kept.body, :markers, ''),
				                   q.query, :excerpt) as excerpt
				from kept, q
				order by kept.rank desc, kept.kind, kept.id
				"""
			.formatted(column);
		List<Row> rows = jdbc.sql(sql)
			.param("configuration", query.language().configuration())
			.param("text", query.text())
			.param("limit", limit)
			.param("markers", Highlights.MARKERS)
			.param("whole", Highlights.WHOLE_OPTIONS)
			.param("excerpt", Highlights.EXCERPT_OPTIONS)
			.query((rs, row) -> new Row(rs.getString("kind"), rs.getLong("id"), (Integer) rs.getObject("number"),
					rs.getString("slug"), rs.getString("session_type"), (Integer) rs.getObject("session_number"),
					rs.getString("document_type"), rs.getString("title"), rs.getString("title_marked"),
					rs.getString("excerpt"), rs.getString("context"), rs.getDouble("rank"), rs.getLong("total")))
			.list();
		if (rows.isEmpty()) {
			return SearchResults.none();
		}
		Locale locale = query.locale();
		return new SearchResults(rows.stream().map(row -> hit(row, locale)).toList(), rows.get(0).total());
	}

	private SearchHit hit(Row row, Locale locale) {
		return switch (row.kind()) {
			case "conference" -> new SearchHit("conference.search.kind.conference",
					names.conference(row.number(), locale), row.excerpt(),
					row.title() == null ? row.context() : Highlights.plain(row.titleMarked()) + " · " + row.context(),
					"/conferences/" + row.number(), row.rank());
			case "session" -> {
				SessionType type = SessionType.valueOf(row.sessionType());
				String kindLabel = names.session(type, row.sessionNumber(), null, locale);
				String title = row.title() == null ? kindLabel
						: names.session(type, row.sessionNumber(), row.titleMarked(), locale);
				yield new SearchHit("conference.search.kind.session", title, row.excerpt(),
						names.conference(row.number(), locale), "/conferences/" + row.number() + "#session-" + row.id(),
						row.rank());
			}
			case "person" -> new SearchHit("conference.search.kind.person", row.titleMarked(), row.excerpt(), null,
					"/people/" + row.slug(), row.rank());
			default -> new SearchHit("conference.search.kind.document", row.titleMarked(), row.excerpt(),
					names.conference(row.number(), locale), "/conferences/" + row.number() + "#document-" + row.id(),
					row.rank());
		};
	}

}
