package org.unesco.gnlc.shared.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.server.PathContainer;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * The addresses the portal has: the routes of its controllers. An address that is none of
 * them is answered 404 for everybody, signed in or not ({@link #unknown()}: the security
 * rules let it through to the {@code page not found} page rather than sending a visitor
 * to sign in first).
 */
@Component
public class PortalAddresses {

	private final ObjectProvider<RequestMappingHandlerMapping> mappings;

	private volatile List<Route> routes;

	PortalAddresses(@Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> mappings) {
		this.mappings = mappings;
	}

	/** Requests for an address no controller answers, whatever the method. */
	public RequestMatcher unknown() {
		return request -> !isRoute(pathOf(request), false);
	}

	/** A page the portal shows: a route of its controllers answering GET. */
	boolean isPage(String path) {
		return isRoute(path, true);
	}

	private boolean isRoute(String path, boolean get) {
		PathContainer container = PathContainer.parsePath(path);
		return routes().stream().anyMatch(route -> (!get || route.get()) && route.pattern().matches(container));
	}

	private static String pathOf(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

	private List<Route> routes() {
		List<Route> known = routes;
		if (known == null) {
			known = mappings.getObject()
				.getHandlerMethods()
				.keySet()
				.stream()
				.filter(info -> info.getPathPatternsCondition() != null)
				.flatMap(info -> info.getPathPatternsCondition()
					.getPatterns()
					.stream()
					.map(pattern -> new Route(pattern, answersGet(info))))
				.toList();
			routes = known;
		}
		return known;
	}

	private static boolean answersGet(RequestMappingInfo info) {
		return info.getMethodsCondition().getMethods().isEmpty()
				|| info.getMethodsCondition().getMethods().contains(RequestMethod.GET);
	}

	private record Route(PathPattern pattern, boolean get) {
	}

}
