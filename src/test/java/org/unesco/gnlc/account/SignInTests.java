package org.unesco.gnlc.account;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.unesco.gnlc.DemoUsers;
import org.unesco.gnlc.shared.security.Role;

import static org.assertj.core.api.Assertions.assertThat;

/** Signing in over real HTTP, with the session kept in PostgreSQL by Spring Session. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "test", "demo" })
class SignInTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private CookieManager cookies;

	private HttpClient browser;

	@BeforeEach
	void newBrowser() {
		cookies = new CookieManager();
		browser = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
		jdbc.sql("delete from login_throttle").update();
	}

	@Test
	void eachDemoAccountSignsInWithItsEmailAndLandsOnItsDashboard() throws Exception {
		for (Role role : Role.values()) {
			newBrowser();
			HttpResponse<String> signIn = signIn(DemoUsers.EMAILS.get(role), DemoUsers.PASSWORD);
			assertThat(signIn.statusCode()).isEqualTo(302);
			assertThat(signIn.headers().firstValue("Location"))
				.hasValueSatisfying(to -> assertThat(to).endsWith("/my"));
			assertThat(get("/my").body()).contains("What you can do here");
		}
	}

	@Test
	void signingInGivesANewSessionSoAPlantedSessionIsWorthless() throws Exception {
		// The sign-in page starts no session (its token is in a cookie): choosing a
		// language does.
		get("/login?lang=en");
		String before = sessionCookie();
		signIn("melton@demo.example", DemoUsers.PASSWORD);
		String after = sessionCookie();
		assertThat(before).isNotNull();
		assertThat(after).isNotNull().isNotEqualTo(before);
	}

	@Test
	void theSessionOfASignedInPersonIsKeptInPostgreSQL() throws Exception {
		signIn("natcom.mx@demo.example", DemoUsers.PASSWORD);
		Integer sessions = jdbc.sql("select count(*) from spring_session where principal_name = :email")
			.param("email", "natcom.mx@demo.example")
			.query(Integer.class)
			.single();
		assertThat(sessions).isPositive();
	}

	@Test
	void theEmailIsMatchedWhateverItsCase() throws Exception {
		HttpResponse<String> signIn = signIn("  Jury@Demo.Example ", DemoUsers.PASSWORD);
		assertThat(signIn.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/my"));
	}

	@Test
	void aWrongPasswordSendsThePersonBackWithAMessageAndNoSession() throws Exception {
		HttpResponse<String> signIn = signIn("reviewer@demo.example", "not-the-password");
		assertThat(signIn.headers().firstValue("Location"))
			.hasValueSatisfying(to -> assertThat(to).endsWith("/login?error"));
		assertThat(get("/login?error").body()).contains("The e-mail address or the password is not right");
		assertThat(get("/my").statusCode()).isEqualTo(302);
	}

	@Test
	void signingOutEndsTheSession() throws Exception {
		signIn("admin@demo.example", DemoUsers.PASSWORD);
		assertThat(get("/my").statusCode()).isEqualTo(200);
		HttpResponse<String> signOut = post("/logout", Map.of("_csrf", csrfToken("/my")));
		assertThat(signOut.statusCode()).isEqualTo(302);
		assertThat(get("/my").statusCode()).isEqualTo(302);
	}

	@Test
	void aFormWithoutItsCsrfTokenIsRefused() throws Exception {
		get("/login");
		HttpResponse<String> forged = post("/login",
				Map.of("email", "admin@demo.example", "password", DemoUsers.PASSWORD));
		assertThat(forged.statusCode()).isEqualTo(403);
		assertThat(forged.body()).contains("Your form has expired").contains("admin@demo.example");
	}

	@Test
	void afterFiveWrongPasswordsThisConnectionWaitsForThatAccountAndIsToldHowLong() throws Exception {
		for (int attempt = 1; attempt <= SignInThrottle.PASSWORDS_OF_ACCOUNT_FROM_ADDRESS.failures(); attempt++) {
			assertThat(signIn("jury@demo.example", "guess-" + attempt).headers().firstValue("Location"))
				.hasValueSatisfying(to -> assertThat(to).endsWith("/login?error"));
		}
		// Even the right password waits now, from this connection: the guesser learns
		// nothing.
		HttpResponse<String> rightPassword = signIn("jury@demo.example", DemoUsers.PASSWORD);
		assertThat(rightPassword.headers().firstValue("Location"))
			.hasValueSatisfying(to -> assertThat(to).endsWith("/login?throttled=1&why=pair"));
		assertThat(get("/login?throttled=1&why=pair").body())
			.contains("too many wrong passwords for this account from your connection. Please wait 1 minute(s)");
		assertThat(jdbc.sql(
				"select detail from security_event where email = 'jury@demo.example' and kind = 'SIGN_IN_THROTTLED' order by id desc limit 1")
			.query(String.class)
			.single()).isEqualTo("ACCOUNT_FROM_ADDRESS");
		// Other accounts are not affected.
		newBrowserKeepingThrottle();
		assertThat(signIn("admin@demo.example", DemoUsers.PASSWORD).headers().firstValue("Location"))
			.hasValueSatisfying(to -> assertThat(to).endsWith("/my"));
	}

	private void newBrowserKeepingThrottle() {
		cookies = new CookieManager();
		browser = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
	}

	private HttpResponse<String> signIn(String email, String password) throws Exception {
		return post("/login", Map.of("email", email, "password", password, "_csrf", csrfToken("/login")));
	}

	private String csrfToken(String page) throws Exception {
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(get(page).body());
		assertThat(token.find()).as("a CSRF token on " + page).isTrue();
		return token.group(1);
	}

	private HttpResponse<String> get(String path) throws Exception {
		return browser.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
		String body = form.entrySet()
			.stream()
			.map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return browser.send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private String sessionCookie() {
		return cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter(cookie -> cookie.getName().equals("SESSION"))
			.map(HttpCookie::getValue)
			.findFirst()
			.orElse(null);
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

}
