package org.unesco.gnlc.shared.web;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads every request's form (query and body) once, before anything else does, and
 * settles the problems that no single page can:
 * <ul>
 * <li>an upload beyond the servlet container's limits (413) or a form that cannot be
 * decoded, invalid UTF-8 for one (400): Tomcat answered these with its bare page, because
 * every later read of the form fails again, the error page's included. The request goes
 * on with no form at all to the portal's own error page, in the reader's language;</li>
 * <li>a list index no form of the portal has ({@code entries[99999].score}): the binder
 * would fail on it (400);</li>
 * <li>NUL characters, which PostgreSQL cannot store in text and which no one types: they
 * are dropped from every value, whatever the field, before the portal sees it.</li>
 * </ul>
 * The portal's own limit on an uploaded file (10 MB, {@code UploadedFiles}) is checked by
 * the feature, with a message on the form; the container's limits sit above it. A form
 * that says it is larger than they allow is read here instead ({@link OversizedForm}), so
 * that what was typed beside the file is not lost with it: its page shows it again, with
 * the file's error.
 */
class UnreadableForms extends OncePerRequestFilter {

	/** The largest list index a form may use: Spring's limit for growing a bound list. */
	static final int LONGEST_LIST = 256;

	private static final String UNREADABLE = UnreadableForms.class.getName() + ".UNREADABLE";

	private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

	/**
	 * A form longer than this may hold a file over the container's limits (the smaller of
	 * its file and request limits); -1: no limit.
	 */
	private final long largestForm;

	/**
	 * The longest form read here for its text fields; a longer one is refused on its
	 * declared length alone, as the container does.
	 */
	private final long longestRead;

	UnreadableForms(MultipartConfigElement limits, DataSize longestRead) {
		long file = limits.getMaxFileSize();
		long request = limits.getMaxRequestSize();
		this.largestForm = file < 0 ? request : request < 0 ? file : Math.min(file, request);
		this.longestRead = longestRead.toBytes();
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getAttribute(UNREADABLE) != null) {
			chain.doFilter(new WithoutForm(request), response);
			return;
		}
		if (request.getDispatcherType() != DispatcherType.REQUEST) {
			chain.doFilter(request, response);
			return;
		}
		if (isBeyondTheContainersLimits(request)) {
			OversizedForm form = OversizedForm.read(request);
			// Its body is read: the error page (if any) must not read it again.
			request.setAttribute(UNREADABLE, HttpStatus.CONTENT_TOO_LARGE);
			chain.doFilter(new WithoutNul(form), response);
			return;
		}
		HttpStatus problem = problemReading(request);
		if (problem != null) {
			request.setAttribute(UNREADABLE, problem);
			response.sendError(problem.value());
			return;
		}
		chain.doFilter(new WithoutNul(request), response);
	}

	private static @Nullable HttpStatus problemReading(HttpServletRequest request) throws IOException {
		try {
			if (isMultipart(request)) {
				request.getParts();
			}
			for (String name : request.getParameterMap().keySet()) {
				Matcher index = INDEX.matcher(name);
				while (index.find()) {
					if (index.group(1).length() > 6 || Integer.parseInt(index.group(1)) >= LONGEST_LIST) {
						return HttpStatus.BAD_REQUEST;
					}
				}
			}
			return null;
		}
		catch (IllegalStateException unreadable) {
			return isSizeLimit(unreadable) ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST;
		}
		catch (ServletException notMultipartAfterAll) {
			return null;
		}
	}

	/**
	 * Tomcat names the limit in the cause: FileSizeLimitExceededException,
	 * SizeLimitExceededException.
	 */
	private static boolean isSizeLimit(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause.getClass().getSimpleName().contains("SizeLimitExceeded")) {
				return true;
			}
		}
		return false;
	}

	private boolean isBeyondTheContainersLimits(HttpServletRequest request) {
		long length = request.getContentLengthLong();
		return largestForm >= 0 && length > largestForm && length <= longestRead && isMultipart(request);
	}

	private static boolean isMultipart(HttpServletRequest request) {
		String contentType = request.getContentType();
		return contentType != null
				&& contentType.toLowerCase(Locale.ROOT).startsWith(MediaType.MULTIPART_FORM_DATA_VALUE);
	}

	private static String withoutNul(String value) {
		return value.indexOf('\u0000') < 0 ? value : value.replace("\u0000", "");
	}

	/** The form as the portal reads it: every value without NUL characters. */
	private static final class WithoutNul extends HttpServletRequestWrapper {

		private final Map<String, String[]> parameters;

		WithoutNul(HttpServletRequest request) {
			super(request);
			Map<String, String[]> cleaned = new LinkedHashMap<>();
			request.getParameterMap()
				.forEach((name, values) -> cleaned.merge(withoutNul(name),
						Arrays.stream(values).map(UnreadableForms::withoutNul).toArray(String[]::new),
						(first, second) -> concat(first, second)));
			this.parameters = Collections.unmodifiableMap(cleaned);
		}

		private static String[] concat(String[] first, String[] second) {
			String[] both = Arrays.copyOf(first, first.length + second.length);
			System.arraycopy(second, 0, both, first.length, second.length);
			return both;
		}

		@Override
		public @Nullable String getParameter(String name) {
			String[] values = parameters.get(name);
			return values == null || values.length == 0 ? null : values[0];
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return parameters;
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.enumeration(parameters.keySet());
		}

		@Override
		public String @Nullable [] getParameterValues(String name) {
			String[] values = parameters.get(name);
			return values == null ? null : values.clone();
		}

	}

	/**
	 * A request whose form could not be read, as the error page reads it: no parameters,
	 * no parts.
	 */
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
