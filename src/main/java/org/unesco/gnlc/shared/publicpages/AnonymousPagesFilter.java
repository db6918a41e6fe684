package org.unesco.gnlc.shared.publicpages;

import java.io.IOException;
import java.util.Collection;

import lombok.RequiredArgsConstructor;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Runs inside security, where it is known whether someone is signed in. Anyone signed in
 * (or half way through signing in) passes untouched: always a fresh page, never kept. For
 * nobody signed in, it marks the request, so that {@link VisitorPagesFilter} may keep the
 * page; and a visitor who has a session (say, after choosing a language) is served a kept
 * page in the session's language, unless a flash message waits for them.
 */
@RequiredArgsConstructor
class AnonymousPagesFilter extends OncePerRequestFilter {

	/** Where Spring MVC keeps flash messages between a redirect and the next page. */
	private static final String FLASH_MAPS = SessionFlashMapManager.class.getName() + ".FLASH_MAPS";

	private final PublicPageCache cache;

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !cache.isPublicRequest(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && !(authentication instanceof AnonymousAuthenticationToken)) {
			chain.doFilter(request, response);
			return;
		}
		request.setAttribute(PublicPageCache.RENDERED_FOR_A_VISITOR, Boolean.TRUE);
		if (request.getAttribute(PublicPageCache.HANDLED_BY_VISITOR_FILTER) != null || hasFlashMessage(request)) {
			chain.doFilter(request, response);
			return;
		}
		PublicPageCache.Key key;
		try {
			key = cache.key(request);
		}
		catch (DataAccessException databaseUnreachable) {
			chain.doFilter(request, response);
			return;
		}
		if (cache.answered(request, response, key, false)) {
			return;
		}
		// Rendered afresh and not kept: this visitor has a session, whose traces a page
		// might carry.
		chain.doFilter(request, response);
	}

	private static boolean hasFlashMessage(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		return session != null && session.getAttribute(FLASH_MAPS) instanceof Collection<?> flashMaps
				&& !flashMaps.isEmpty();
	}

}
