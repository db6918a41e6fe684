package org.unesco.gnlc.account;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person's browser over real HTTP, without JavaScript: it keeps cookies (the SESSION
 * cookie of Spring Session, the XSRF-TOKEN cookie of the forms), does not follow
 * redirects, and sends each form with the CSRF token of the page the form is on. Cookies
 * go to every port of localhost, as a browser's would, so the same person can be sent to
 * a second instance of the portal.
 */
public final class HttpBrowser {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final CookieManager cookies = new CookieManager();

	private final HttpClient client = HttpClient.newBuilder()
		.cookieHandler(cookies)
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private int port;

	public HttpBrowser(int port) {
		this.port = port;
	}

	/** The same browser, talking to another instance from now on. */
	public HttpBrowser switchTo(int otherPort) {
		this.port = otherPort;
		return this;
	}

	public HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET().build());
	}

	/** Opens the page of the form, then sends the form with that page's CSRF token. */
	public HttpResponse<String> submit(String formPage, String action, Map<String, String> fields) {
		Map<String, String> form = new LinkedHashMap<>(fields);
		form.put("_csrf", csrfToken(formPage));
		return post(action, form);
	}

	public HttpResponse<String> post(String path, Map<String, String> form) {
		String body = form.entrySet()
			.stream()
			.map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	/**
	 * Sends a form with a file (multipart/form-data), as a browser does: its text fields
	 * in their order, then a file named scan.pdf of that many megabytes.
	 */
	public HttpResponse<String> upload(String path, Map<String, String> fields, String fileField, int megabytes) {
		String boundary = "----gnlc-upload-test";
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		fields.forEach((name, value) -> body.writeBytes(
				("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
					.getBytes(StandardCharsets.UTF_8)));
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField
				+ "\"; filename=\"scan.pdf\"\r\nContent-Type: application/pdf\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		byte[] content = new byte[megabytes * 1024 * 1024];
		Arrays.fill(content, (byte) 'x');
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build());
	}

	/** Signs in with a password; answers where the portal sends the person next. */
	public String signIn(String email, String password) {
		return location(submit("/login", "/login", Map.of("email", email, "password", password)));
	}

	public String csrfToken(String page) {
		Matcher token = CSRF.matcher(get(page).body());
		if (!token.find()) {
			throw new AssertionError("No CSRF token on " + page);
		}
		return token.group(1);
	}

	public String sessionCookie() {
		return cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter(cookie -> cookie.getName().equals("SESSION"))
			.map(HttpCookie::getValue)
			.findFirst()
			.orElse(null);
	}

	/**
	 * Every cookie this browser would send, as a Cookie header (session and form token).
	 */
	public String cookieHeader() {
		return cookies.getCookieStore()
			.getCookies()
			.stream()
			.map(cookie -> cookie.getName() + "=" + cookie.getValue())
			.collect(Collectors.joining("; "));
	}

	public static String location(HttpResponse<?> response) {
		return response.headers().firstValue("Location").map(HttpBrowser::path).orElse("");
	}

	/** The path (and query) of a URL, without scheme, host and port. */
	public static String path(String url) {
		URI uri = URI.create(url);
		return (uri.getRawPath() == null ? "" : uri.getRawPath())
				+ (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return client.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

}
