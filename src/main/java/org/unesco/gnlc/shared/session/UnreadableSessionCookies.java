package org.unesco.gnlc.shared.session;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Pattern;

import lombok.RequiredArgsConstructor;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A session cookie that cannot be read as a session id means no session. Spring Session's
 * cookie holds a UUID in Base64; anything else (a forged {@code SESSION=AAAA} decodes to
 * NUL bytes, which PostgreSQL refuses in a query, so every page answered 500) is hidden
 * from the rest of the request, which then goes on as a visitor's.
 */
@RequiredArgsConstructor
class UnreadableSessionCookies extends OncePerRequestFilter {

	private static final Pattern SESSION_ID = Pattern
		.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

	private final String cookieName;

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Cookie[] cookies = request.getCookies();
		if (cookies == null || Arrays.stream(cookies).allMatch(this::isReadable)) {
			chain.doFilter(request, response);
			return;
		}
		Cookie[] readable = Arrays.stream(cookies).filter(this::isReadable).toArray(Cookie[]::new);
		chain.doFilter(new HttpServletRequestWrapper(request) {
			@Override
			public Cookie @Nullable [] getCookies() {
				return readable.length == 0 ? null : readable;
			}
		}, response);
	}

	private boolean isReadable(Cookie cookie) {
		return !cookie.getName().equals(cookieName) || isSessionId(cookie.getValue());
	}

	static boolean isSessionId(@Nullable String cookieValue) {
		if (cookieValue == null || cookieValue.length() > 64) {
			return false;
		}
		try {
			return SESSION_ID.matcher(new String(Base64.getDecoder().decode(cookieValue), StandardCharsets.UTF_8))
				.matches();
		}
		catch (IllegalArgumentException notBase64) {
			return false;
		}
	}

}
