package org.unesco.gnlc.shared.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The one rule for where a person goes back to after a refused action: the page the form
 * was on, taken from the Referer only when it is of this same origin and a page the
 * portal shows (a GET route of its controllers); otherwise the item's own page: the one
 * the action names with {@link ItemPage}, else the action's address less its last
 * segments until it is such a page. So a forged Referer
 * ({@code http://portal//evil.example/x}, another host, an unknown path) never leads
 * anywhere but a page of the portal, and a refused GET never sends the person back to
 * itself.
 */
@Component
@RequiredArgsConstructor
class ReturnPages {

	private final PortalAddresses addresses;

	/** The page to redirect to, relative to the portal's context path. */
	String of(HttpServletRequest request) {
		String action = request.getRequestURI().substring(request.getContextPath().length());
		boolean reload = HttpMethod.GET.matches(request.getMethod());
		Optional<String> form = formPage(request).filter(page -> !(reload && page.split("\\?", 2)[0].equals(action)));
		if (form.isPresent()) {
			return form.get();
		}
		Optional<String> item = itemPage(request).filter(page -> !(reload && page.equals(action)));
		if (item.isPresent()) {
			return item.get();
		}
		String path = action;
		while (!path.isEmpty()) {
			if (!(reload && path.equals(action)) && isSafe(path) && isPage(path)) {
				return path;
			}
			path = path.substring(0, Math.max(0, path.lastIndexOf('/')));
		}
		return "/";
	}

	/**
	 * The Referer as a path and query of this portal, when it is a page of this same
	 * origin.
	 */
	private Optional<String> formPage(HttpServletRequest request) {
		String referer = request.getHeader(HttpHeaders.REFERER);
		if (referer == null) {
			return Optional.empty();
		}
		URI uri;
		try {
			uri = new URI(referer);
		}
		catch (URISyntaxException malformed) {
			return Optional.empty();
		}
		if (!uri.isAbsolute() || uri.isOpaque() || uri.getRawUserInfo() != null || uri.getRawPath() == null
				|| !request.getScheme().equalsIgnoreCase(uri.getScheme())
				|| !request.getServerName().equalsIgnoreCase(uri.getHost()) || request.getServerPort() != portOf(uri)) {
			return Optional.empty();
		}
		String context = request.getContextPath();
		if (!uri.getRawPath().startsWith(context + "/")) {
			return Optional.empty();
		}
		String path = uri.getRawPath().substring(context.length());
		if (!isSafe(path) || !isPage(path)) {
			return Optional.empty();
		}
		return Optional.of(uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery());
	}

	/**
	 * The page the action's handler names with {@link ItemPage}, its variables filled
	 * from the action's address.
	 */
	private Optional<String> itemPage(HttpServletRequest request) {
		if (!(request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE) instanceof HandlerMethod handler)) {
			return Optional.empty();
		}
		ItemPage page = handler.getMethodAnnotation(ItemPage.class);
		if (page == null) {
			return Optional.empty();
		}
		Map<String, String> variables = new HashMap<>();
		if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> route) {
			route.forEach((name, value) -> variables.put(String.valueOf(name), String.valueOf(value)));
		}
		String path = UriComponentsBuilder.fromPath(page.value()).encode().buildAndExpand(variables).toUriString();
		return Optional.of(path).filter(found -> isSafe(found) && isPage(found));
	}

	private static int portOf(URI uri) {
		if (uri.getPort() != -1) {
			return uri.getPort();
		}
		return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
	}

	/**
	 * A path a browser reads as a path of this origin: one leading slash (two make a
	 * host), no backslash (read as a slash), no dot segments.
	 */
	static boolean isSafe(String path) {
		if (!path.startsWith("/") || path.startsWith("//") || path.contains("\\")) {
			return false;
		}
		for (String segment : path.substring(1).split("/", -1)) {
			String decoded = segment.replaceAll("(?i)%2e", ".");
			if (decoded.equals(".") || decoded.equals("..")) {
				return false;
			}
		}
		return true;
	}

	private boolean isPage(String path) {
		return addresses.isPage(path);
	}

}
