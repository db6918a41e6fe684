package org.unesco.gnlc.shared.files;

import java.io.IOException;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An upload beyond the servlet container's limits (above the portal's own limit per file, which
 * {@link UploadedFiles} applies with a message on the form) cannot be read at all: Tomcat refused
 * it with its bare "413 Payload Too Large" page, because every later attempt to read the form
 * fails again, the error page's included. This reads such a request's parts first; when they are
 * too large, the request goes on with no form at all to the portal's own 413 page, in the reader's
 * language, which states the limit.
 */
class OversizedUploads extends OncePerRequestFilter {

	private static final String OVERSIZED = OversizedUploads.class.getName() + ".OVERSIZED";

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getAttribute(OVERSIZED) != null) {
			chain.doFilter(new WithoutForm(request), response);
			return;
		}
		if (request.getDispatcherType() == DispatcherType.REQUEST && isMultipart(request) && isTooLarge(request)) {
			request.setAttribute(OVERSIZED, Boolean.TRUE);
			response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean isMultipart(HttpServletRequest request) {
		String contentType = request.getContentType();
		return contentType != null && contentType.toLowerCase(java.util.Locale.ROOT)
			.startsWith(MediaType.MULTIPART_FORM_DATA_VALUE);
	}

	/** Tomcat reports a part or a request over the multipart limits as an IllegalStateException. */
	private static boolean isTooLarge(HttpServletRequest request) throws IOException {
		try {
			request.getParts();
			return false;
		}
		catch (IllegalStateException tooLarge) {
			return true;
		}
		catch (ServletException notMultipartAfterAll) {
			return false;
		}
	}

	/** The refused request as the error page reads it: no parameters, no parts. */
	private static final class WithoutForm extends HttpServletRequestWrapper {

		WithoutForm(HttpServletRequest request) {
			super(request);
		}

		@Override
		public @Nullable String getParameter(String name) {
			return null;
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return Map.of();
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.emptyEnumeration();
		}

		@Override
		public String @Nullable [] getParameterValues(String name) {
			return null;
		}

		@Override
		public Collection<Part> getParts() {
			return List.of();
		}

		@Override
		public @Nullable Part getPart(String name) {
			return null;
		}

	}

}
