package org.unesco.gnlc.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unesco.gnlc.search.Highlights.Segment;

/**
 * Runs a visitor's search over every {@link SearchSource}: cleans the query, reads it
 * with the text search configuration of the interface language (falling back to 'simple'
 * when that language sees no searchable word in it, e.g. only stop words), merges the
 * sources' hits by rank and cuts the page.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
class SiteSearch {

	/** Longer queries are refused with a message rather than searched. */
	static final int LONGEST_QUERY = 200;

	static final int PAGE_SIZE = 10;

	/**
	 * Results beyond this many are not paged through: the visitor is asked to refine the
	 * search.
	 */
	static final int DEEPEST_RESULT = 200;

	enum Outcome {

		/** Nothing was asked yet. */
		EMPTY,
		/** The query is longer than {@link #LONGEST_QUERY}. */
		TOO_LONG,
		/** The query has no word that can be searched (only punctuation). */
		NO_WORDS,
		/** The search ran (it may have found nothing). */
		SEARCHED

	}

	/** A hit as the page shows it: title and excerpt as segments, matches marked. */
	record ResultView(String kindKey, List<Segment> title, List<Segment> excerpt, @Nullable String context,
			String address) {
	}

	record ResultPage(String query, Outcome outcome, List<ResultView> results, long total, int page, int pages,
			boolean simpleFallback, boolean truncated) {

		public int firstNumber() {
			return page * PAGE_SIZE + 1;
		}

		public int lastNumber() {
			return page * PAGE_SIZE + results.size();
		}

	}

	private final List<SearchSource> sources;

	private final JdbcClient jdbc;

	ResultPage search(@Nullable String rawQuery, int requestedPage, Locale locale) {
		String query = clean(rawQuery);
		if (query.isEmpty()) {
			return new ResultPage(query, Outcome.EMPTY, List.of(), 0, 0, 0, false, false);
		}
		if (query.codePointCount(0, query.length()) > LONGEST_QUERY) {
			return new ResultPage(shorten(query), Outcome.TOO_LONG, List.of(), 0, 0, 0, false, false);
		}
		TextSearchLanguage language = TextSearchLanguage.of(locale);
		boolean fallback = false;
		if (!hasWords(query, language)) {
			if (!hasWords(query, TextSearchLanguage.SIMPLE)) {
				return new ResultPage(query, Outcome.NO_WORDS, List.of(), 0, 0, 0, false, false);
			}
			language = TextSearchLanguage.SIMPLE;
			fallback = true;
		}
		int lastPage = DEEPEST_RESULT / PAGE_SIZE - 1;
		int page = Math.min(Math.max(requestedPage, 0), lastPage);
		int needed = (page + 1) * PAGE_SIZE;
		SearchQuery search = new SearchQuery(query, language, locale);
		List<SearchHit> hits = new ArrayList<>();
		long total = 0;
		for (SearchSource source : sources) {
			SearchResults results = source.search(search, needed);
			hits.addAll(results.hits());
			total += results.total();
		}
		hits.sort(Comparator.comparingDouble(SearchHit::rank).reversed().thenComparing(SearchHit::title));
		int reachable = (int) Math.min(total, DEEPEST_RESULT);
		int pages = (reachable + PAGE_SIZE - 1) / PAGE_SIZE;
		if (pages > 0 && page >= pages) {
			page = pages - 1;
		}
		List<ResultView> views = hits.stream()
			.skip((long) page * PAGE_SIZE)
			.limit(PAGE_SIZE)
			.map(hit -> new ResultView(hit.kindKey(), Highlights.segments(hit.title()),
					Highlights.segments(hit.excerpt()), hit.context(), hit.address()))
			.toList();
		return new ResultPage(query, Outcome.SEARCHED, views, total, page, pages, fallback, total > DEEPEST_RESULT);
	}

	/** Whether the configuration finds at least one searchable word in the query. */
	private boolean hasWords(String query, TextSearchLanguage language) {
		return jdbc.sql("select numnode(websearch_to_tsquery(cast(:configuration as regconfig), :query)) > 0")
			.param("configuration", language.configuration())
			.param("query", query)
			.query(Boolean.class)
			.single();
	}

	/**
	 * Spaces collapsed, control and private-use characters (our highlight markers)
	 * removed.
	 */
	static String clean(@Nullable String query) {
		if (query == null) {
			return "";
		}
		StringBuilder clean = new StringBuilder(Math.min(query.length(), 10_000));
		query.codePoints().limit(10_000).forEach(codePoint -> {
			if (Character.isWhitespace(codePoint) || Character.isISOControl(codePoint)) {
				clean.append(' ');
			}
			else if (Character.getType(codePoint) != Character.PRIVATE_USE
					&& Character.getType(codePoint) != Character.SURROGATE) {
				clean.appendCodePoint(codePoint);
			}
		});
		return clean.toString().replaceAll(" +", " ").strip();
	}

	private static String shorten(String query) {
		return query.substring(0, query.offsetByCodePoints(0, LONGEST_QUERY)) + "…";
	}

}
