package org.unesco.gnlc.shared.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.Part;

import org.apache.tomcat.util.http.fileupload.FileItemIterator;
import org.apache.tomcat.util.http.fileupload.FileItemStream;
import org.apache.tomcat.util.http.fileupload.FileUpload;
import org.apache.tomcat.util.http.fileupload.servlet.ServletRequestContext;
import org.jspecify.annotations.Nullable;

/**
 * A multipart form larger than the servlet container accepts, as the portal reads it: its
 * text fields (the CSRF token, a comment typed beside the file), without its files.
 * Tomcat, refusing such a form, drops every field with the file; read here first, the
 * fields let the form's page show again what was typed, beside the file's error. Asked
 * for its parts, it answers as Tomcat does for a form over its limits, so that Spring
 * reports a {@code MaxUploadSizeExceededException} to {@link RequestErrors}.
 */
final class OversizedForm extends HttpServletRequestWrapper {

	/**
	 * The most text kept from all the fields together, in bytes; no form of the portal
	 * holds as much beside its files. The rest is read and dropped, so that a body of
	 * text fields as large as the container swallows cannot fill the heap.
	 */
	static final int MOST_TEXT = 1024 * 1024;

	/** The most text fields kept. */
	private static final int MOST_FIELDS = 1000;

	private final Map<String, String[]> parameters;

	private OversizedForm(HttpServletRequest request, Map<String, String[]> parameters) {
		super(request);
		this.parameters = Collections.unmodifiableMap(parameters);
	}

	/**
	 * Reads the whole body of the request: its text fields are kept, its files skipped.
	 * The address's query parameters come first, as the container orders them.
	 */
	static OversizedForm read(HttpServletRequest request) throws IOException {
		Map<String, List<String>> fields = new LinkedHashMap<>();
		queryParameters(request.getQueryString(), fields);
		int kept = 0;
		int[] room = { MOST_TEXT };
		try {
			FileItemIterator items = new FileUpload().getItemIterator(new ServletRequestContext(request));
			while (items.hasNext()) {
				FileItemStream item = items.next();
				try (InputStream content = item.openStream()) {
					if (item.isFormField() && kept++ < MOST_FIELDS) {
						fields.computeIfAbsent(item.getFieldName(), name -> new ArrayList<>()).add(text(content, room));
					}
					else {
						content.transferTo(OutputStream.nullOutputStream());
					}
				}
			}
		}
		catch (IOException | IllegalArgumentException unreadable) {
			// A body cut short or malformed: what was read so far is all the form gives.
		}
		Map<String, String[]> parameters = new LinkedHashMap<>();
		fields.forEach((name, values) -> parameters.put(name, values.toArray(String[]::new)));
		return new OversizedForm(request, parameters);
	}

	/**
	 * The field's text (the portal's pages are UTF-8, and so are its forms), as much of
	 * it as there is room left for; the room shrinks by what is kept.
	 */
	private static String text(InputStream content, int[] room) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		int read;
		while ((read = content.read(buffer)) >= 0) {
			int keep = Math.min(read, room[0]);
			bytes.write(buffer, 0, keep);
			room[0] -= keep;
		}
		return bytes.toString(StandardCharsets.UTF_8);
	}

	private static void queryParameters(@Nullable String query, Map<String, List<String>> fields) {
		if (query == null || query.isEmpty()) {
			return;
		}
		for (String pair : query.split("&")) {
			int equals = pair.indexOf('=');
			try {
				String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
				String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
				fields.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
			}
			catch (IllegalArgumentException malformed) {
				// A pair that cannot be decoded is left out, as the container leaves it.
			}
		}
	}

	/**
	 * The fields read; the portal reads them through {@code UnreadableForms.WithoutNul},
	 * which answers every other question about them from this map.
	 */
	@Override
	public Map<String, String[]> getParameterMap() {
		return parameters;
	}

	@Override
	public Collection<Part> getParts() {
		throw new IllegalStateException("The upload exceeds the size limit of the servlet container");
	}

	@Override
	public Part getPart(String name) {
		return getParts().iterator().next();
	}

}
