package org.unesco.gnlc.account;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forms carry their CSRF token against a cookie, not a session: a visitor's sign-in page
 * costs no session row, and a form whose token does not match the browser's cookie
 * (forged, stale, missing) is told it expired, with what was typed, never a 500.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "test", "demo" })
class FormTokenCookieTests {

	private static final String PASSWORD = "Not-shown-anywhere-42";

	@LocalServerPort
	int port;

	private final HttpClient client = HttpClient.newHttpClient();

	@Test
	void theSignInPageStartsNoSessionAndKeepsItsTokenInAnHttpOnlyLaxCookieForTheWholeSite() throws Exception {
		HttpResponse<String> page = send(page("/login"));
		List<String> cookies = page.headers().allValues("Set-Cookie");
		assertThat(cookies).noneMatch(cookie -> cookie.startsWith("SESSION="));
		assertThat(cookies).filteredOn(cookie -> cookie.startsWith("XSRF-TOKEN="))
			.singleElement()
			.satisfies(cookie -> assertThat(cookie).contains("HttpOnly", "SameSite=Lax", "Path=/")
				.doesNotContain("Secure"));
		assertThat(page.body()).contains("name=\"_csrf\"");
	}

	@Test
	void aFormWhoseTokenCookieIsForgedStaleOrMissingIsToldItExpiredAndShowsWhatWasTypedButNoPassword()
			throws Exception {
		HttpBrowser someoneElse = new HttpBrowser(port);
		String token = new HttpBrowser(port).csrfToken("/login");
		someoneElse.csrfToken("/login");
		for (String cookie : List.of("XSRF-TOKEN=AAAA", "XSRF-TOKEN=%00", "XSRF-TOKEN=" + "x".repeat(500),
				someoneElse.cookieHeader(), "")) {
			HttpRequest.Builder form = page("/login").header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("email=expired%40demo.example&password=" + PASSWORD
						+ "&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8)));
			if (!cookie.isEmpty()) {
				form.header("Cookie", cookie);
			}
			HttpResponse<String> refused = send(form);
			assertThat(refused.statusCode()).as("with the cookie %s", cookie).isEqualTo(403);
			assertThat(refused.body()).as("with the cookie %s", cookie)
				.contains("Your form has expired", "What you typed", "expired@demo.example", "href=\"/login\"")
				.doesNotContain(PASSWORD);
		}
	}

	@Test
	void aForgedTokenCookieStillOpensEveryPage() throws Exception {
		for (String forged : List.of("AAAA", "%00", "x".repeat(500), "\"quoted\"")) {
			for (String path : List.of("/", "/login", "/register", "/cities")) {
				assertThat(send(page(path).header("Cookie", "XSRF-TOKEN=" + forged)).statusCode())
					.as("%s with XSRF-TOKEN=%s", path, forged)
					.isEqualTo(200);
			}
		}
	}

	@Test
	void aVisitorWhoseOnlyCookieIsTheTokenGetsKeptPagesThatCarryNoToken() throws Exception {
		String path = "/network?form-token=" + System.nanoTime();
		send(page(path));
		HttpBrowser visitor = new HttpBrowser(port);
		visitor.csrfToken("/login");
		HttpResponse<String> kept = send(page(path).header("Cookie", visitor.cookieHeader()));
		assertThat(kept.headers().firstValue("X-Cache")).hasValue("hit");
		assertThat(kept.headers().firstValue("Cache-Control")).hasValue("private, no-cache");
		assertThat(kept.body()).doesNotContain("_csrf");
		// A page that hands out a token sets its cookie, so it is never kept.
		for (int i = 0; i < 2; i++) {
			HttpResponse<String> signIn = send(page("/login"));
			assertThat(signIn.headers().firstValue("X-Cache")).isEmpty();
			assertThat(signIn.headers().allValues("Set-Cookie")).anyMatch(cookie -> cookie.startsWith("XSRF-TOKEN="));
		}
	}

	private HttpRequest.Builder page(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", "text/html");
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
