package org.unesco.gnlc.shared.publicpages;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.cache.Cache;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.PathContainer;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import org.unesco.gnlc.shared.web.Language;

/**
 * The rendered public pages of this instance, by address, language, day and data version,
 * and the rules of what may be kept and served. Used by {@link VisitorPagesFilter}
 * (visitors without any cookie, before sessions and security) and
 * {@link AnonymousPagesFilter} (visitors who have a session but are not signed in, after
 * security).
 */
class PublicPageCache {

	/**
	 * Set on a request when the page is rendered for nobody signed in (by
	 * {@link AnonymousPagesFilter}).
	 */
	static final String RENDERED_FOR_A_VISITOR = PublicPageCache.class.getName() + ".VISITOR";

	/** Set on a request that {@link VisitorPagesFilter} answers or keeps. */
	static final String HANDLED_BY_VISITOR_FILTER = PublicPageCache.class.getName() + ".HANDLED";

	/** Response headers that belong to one response, never to a kept page. */
	private static final Set<String> OWN_HEADERS = Set.of("set-cookie", "content-length", "content-type", "date",
			"transfer-encoding", "connection", "keep-alive", "cache-control", "expires", "pragma", "etag",
			"last-modified", "vary", "content-language", "x-cache");

	private static final List<String> VARY = List.of(HttpHeaders.ACCEPT_LANGUAGE, HttpHeaders.COOKIE);

	/** A kept page: everything of a 200 response but what belongs to one response. */
	record Page(String contentType, Map<String, List<String>> headers, byte[] body) {

		int weight() {
			return body.length + 512;
		}

	}

	/**
	 * What a page depends on: the address as asked (host included), language, day and
	 * data.
	 */
	record Key(String address, String language, LocalDate day, long version) {
	}

	private final List<PathPattern> routes;

	private final PublicDataVersion versions;

	private final Cache pages;

	private final LocaleResolver localeResolver;

	private final Clock clock;

	private final PublicPagesProperties properties;

	PublicPageCache(Collection<PublicPages> features, PublicDataVersion versions, Cache pages,
			LocaleResolver localeResolver, Clock clock, PublicPagesProperties properties) {
		PathPatternParser parser = PathPatternParser.defaultInstance;
		this.routes = features.stream().flatMap(feature -> feature.routes().stream()).map(parser::parse).toList();
		this.versions = versions;
		this.pages = pages;
		this.localeResolver = localeResolver;
		this.clock = clock;
		this.properties = properties;
	}

	/**
	 * A GET or HEAD of a public page, in no language being switched, from no other site.
	 */
	boolean isPublicRequest(HttpServletRequest request) {
		if (!properties.enabled() || !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))) {
			return false;
		}
		// Switching the language keeps the choice in a session: rendered afresh, never
		// kept.
		if (request.getParameter("lang") != null) {
			return false;
		}
		// Cross-origin requests get CORS headers of their own from the page's handler.
		if (request.getHeader(HttpHeaders.ORIGIN) != null) {
			return false;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		PathContainer container = PathContainer.parsePath(path);
		return routes.stream().anyMatch(route -> route.matches(container));
	}

	/**
	 * The address as asked, with the host (pages hold absolute links), the query string
	 * as sent (the language switch repeats it) and the parameters as read (the same,
	 * except in tests that give parameters without a query string).
	 */
	Key key(HttpServletRequest request) {
		StringBuilder address = new StringBuilder(request.getScheme()).append("://")
			.append(request.getServerName())
			.append(':')
			.append(request.getServerPort())
			.append(request.getRequestURI());
		if (request.getQueryString() != null) {
			address.append('?').append(request.getQueryString());
		}
		request.getParameterMap()
			.forEach((name, values) -> address.append(' ').append(name).append('=').append(Arrays.toString(values)));
		Locale locale = localeResolver.resolveLocale(request);
		return new Key(address.toString(), Language.of(locale).code(), LocalDate.now(clock),
				versions.current(request).number());
	}

	private boolean notModified(HttpServletRequest request, HttpServletResponse response, Key key) {
		DataVersion version = versions.current(request);
		Instant startOfDay = key.day().atStartOfDay(ZoneOffset.UTC).toInstant();
		Instant lastModified = version.changedAt().isAfter(startOfDay) ? version.changedAt() : startOfDay;
		String eTag = "\"" + key.version() + "-" + key.day() + "-" + key.language() + "\"";
		return new ServletWebRequest(request, response).checkNotModified(eTag, lastModified.toEpochMilli());
	}

	/**
	 * Answers from the cache if it can, nothing rendered: 304 for a copy of this version,
	 * language and day, or the kept page. Otherwise the response has this version's ETag
	 * and Last-Modified.
	 */
	boolean answered(HttpServletRequest request, HttpServletResponse response, Key key, boolean shared)
			throws IOException {
		if (notModified(request, response, key)) {
			cacheHeaders(response, key, shared, null);
			return true;
		}
		Page page = pages.get(key, Page.class);
		if (page != null) {
			write(request, response, key, page, shared);
			return true;
		}
		return false;
	}

	/** Keeps a page of a 200 response, if it is small enough. */
	void keep(Key key, String contentType, Map<String, List<String>> headers, byte[] body) {
		if (body.length <= properties.largestPage().toBytes()) {
			pages.put(key, new Page(contentType, headers, body));
		}
	}

	/**
	 * The headers of a response that a kept page carries (the security headers among
	 * them).
	 */
	static Map<String, List<String>> keptHeaders(HttpServletResponse response) {
		Map<String, List<String>> headers = new LinkedHashMap<>();
		for (String name : new LinkedHashSet<>(response.getHeaderNames())) {
			if (!OWN_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
				headers.put(name, List.copyOf(response.getHeaders(name)));
			}
		}
		return headers;
	}

	/** Writes a kept page (the body only for GET). */
	private void write(HttpServletRequest request, HttpServletResponse response, Key key, Page page, boolean shared)
			throws IOException {
		response.setStatus(HttpServletResponse.SC_OK);
		page.headers().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
		cacheHeaders(response, key, shared, page.headers().get(HttpHeaders.VARY));
		response.setHeader("X-Cache", "hit");
		response.setContentType(page.contentType());
		response.setContentLength(page.body().length);
		if (!"HEAD".equals(request.getMethod())) {
			response.getOutputStream().write(page.body());
		}
	}

	/**
	 * How browsers and proxies may keep a visitor's page: shared for a short while when
	 * the request had no cookie at all, else only by that browser after asking again; in
	 * both cases per language and cookie, so that nobody who signs in is shown a
	 * visitor's copy.
	 */
	void cacheHeaders(HttpServletResponse response, Key key, boolean shared, @Nullable List<String> vary) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, shared
				? "public, max-age=" + properties.maxAge().toSeconds() + ", must-revalidate" : "private, no-cache");
		Set<String> varies = new LinkedHashSet<>();
		if (vary != null) {
			vary.forEach(value -> varies.addAll(List.of(value.split("\\s*,\\s*"))));
		}
		varies.addAll(VARY);
		response.setHeader(HttpHeaders.VARY, String.join(", ", new ArrayList<>(varies)));
		response.setHeader(HttpHeaders.CONTENT_LANGUAGE, key.language());
	}

}
