package org.unesco.gnlc.shared.publicpages;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves public pages to visitors who send no cookie at all, before anything else: no
 * session to load, no security context, no rendering. Such a request cannot belong to
 * anyone signed in (that takes a session, and a session takes a cookie). A page is kept
 * only if it was rendered for nobody signed in (said by {@link AnonymousPagesFilter},
 * inside security), answered 200 and set no cookie (so it started no session: no CSRF
 * token, no flash message, no language choice can be in it).
 */
@RequiredArgsConstructor
class VisitorPagesFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(VisitorPagesFilter.class);

	private final PublicPageCache cache;

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !cache.isPublicRequest(request) || request.getHeader(HttpHeaders.COOKIE) != null
				|| request.getHeader(HttpHeaders.AUTHORIZATION) != null || request.getSession(false) != null
				|| request.getUserPrincipal() != null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		PublicPageCache.Key key;
		try {
			key = cache.key(request);
		}
		catch (DataAccessException databaseUnreachable) {
			log.debug("No data version, so no cache for {}", request.getRequestURI(), databaseUnreachable);
			chain.doFilter(request, response);
			return;
		}
		request.setAttribute(PublicPageCache.HANDLED_BY_VISITOR_FILTER, Boolean.TRUE);
		if (cache.answered(request, response, key, true)) {
			return;
		}
		Rendering rendering = new Rendering(response);
		try {
			chain.doFilter(request, rendering);
		}
		finally {
			boolean keep = rendering.getStatus() == HttpServletResponse.SC_OK && "GET".equals(request.getMethod())
					&& Boolean.TRUE.equals(request.getAttribute(PublicPageCache.RENDERED_FOR_A_VISITOR))
					&& !rendering.containsHeader(HttpHeaders.SET_COOKIE) && rendering.getContentType() != null
					&& !response.isCommitted();
			if (keep) {
				cache.keep(key, rendering.getContentType(), PublicPageCache.keptHeaders(rendering),
						rendering.getContentAsByteArray());
				cache.cacheHeaders(response, key, true, List.copyOf(rendering.getHeaders(HttpHeaders.VARY)));
			}
			else {
				rendering.releaseCacheHeaders();
			}
			rendering.copyBodyToResponse();
		}
	}

	/**
	 * The response as it is rendered, held in memory; the cache headers written on the
	 * way (Spring Security's "no-store") are held back until it is known whether the page
	 * is a visitor's page.
	 */
	private static final class Rendering extends ContentCachingResponseWrapper {

		private static final List<String> HELD = List.of("cache-control", "expires", "pragma");

		private final List<Map.Entry<String, String>> held = new ArrayList<>();

		Rendering(HttpServletResponse response) {
			super(response);
		}

		@Override
		public void setHeader(String name, String value) {
			if (isHeld(name)) {
				held.removeIf(header -> header.getKey().equalsIgnoreCase(name));
				held.add(Map.entry(name, value));
			}
			else {
				super.setHeader(name, value);
			}
		}

		@Override
		public void addHeader(String name, String value) {
			if (isHeld(name)) {
				held.add(Map.entry(name, value));
			}
			else {
				super.addHeader(name, value);
			}
		}

		@Override
		public void setDateHeader(String name, long date) {
			if (isHeld(name)) {
				setHeader(name, Long.toString(date));
			}
			else {
				super.setDateHeader(name, date);
			}
		}

		@Override
		public boolean containsHeader(String name) {
			return isHeld(name) ? held.stream().anyMatch(header -> header.getKey().equalsIgnoreCase(name))
					: super.containsHeader(name);
		}

		@Override
		public String getHeader(String name) {
			if (isHeld(name)) {
				return held.stream()
					.filter(header -> header.getKey().equalsIgnoreCase(name))
					.map(Map.Entry::getValue)
					.findFirst()
					.orElse(null);
			}
			return super.getHeader(name);
		}

		@Override
		public void sendError(int status) throws IOException {
			releaseCacheHeaders();
			super.sendError(status);
		}

		@Override
		public void sendError(int status, String message) throws IOException {
			releaseCacheHeaders();
			super.sendError(status, message);
		}

		@Override
		public void sendRedirect(String location) throws IOException {
			releaseCacheHeaders();
			super.sendRedirect(location);
		}

		void releaseCacheHeaders() {
			if (!getResponse().isCommitted()) {
				HttpServletResponse target = (HttpServletResponse) getResponse();
				held.forEach(header -> target.addHeader(header.getKey(), header.getValue()));
			}
			held.clear();
		}

		private static boolean isHeld(String name) {
			return HELD.contains(name.toLowerCase(Locale.ROOT));
		}

	}

}
