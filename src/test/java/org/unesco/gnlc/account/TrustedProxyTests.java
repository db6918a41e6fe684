package org.unesco.gnlc.account;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.unesco.gnlc.GnlcPortalApplication;
import org.unesco.gnlc.shared.database.EmbeddedPostgresEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Under the {@code prod} profile the client's address is the proxy's word only when the
 * request comes from a trusted proxy (Tomcat's RemoteIpValve; by default the same
 * machine). The portal runs here with the prod profile on this test run's database;
 * requests come from 127.0.0.1 (a trusted proxy) and from 127.0.0.2 (any other machine),
 * and the security log shows the address the portal believed.
 */
class TrustedProxyTests {

	private static ConfigurableApplicationContext production;

	@BeforeAll
	static void startInProduction() {
		// The embedded server of this test run (a real one in production, named by its
		// URL).
		StandardEnvironment environment = new StandardEnvironment();
		new EmbeddedPostgresEnvironment().postProcessEnvironment(environment, new SpringApplication());
		String url = environment.getProperty("spring.datasource.url");
		production = new SpringApplicationBuilder(GnlcPortalApplication.class).profiles("prod")
			.properties("spring.datasource.url=" + url, "spring.datasource.username=postgres",
					"spring.datasource.password=postgres", "server.port=0", "spring.main.banner-mode=off",
					"gnlc.two-factor.secret-key=" + Base64.getEncoder().encodeToString(new byte[32]))
			.run();
	}

	@AfterAll
	static void stop() {
		if (production != null) {
			production.close();
		}
	}

	@Test
	void aTrustedProxyNamesTheClient() throws IOException {
		String email = AccountFixtures.uniqueEmail("behind-proxy");
		failedSignIn("127.0.0.1", "203.0.113.9", email);
		assertThat(loggedAddress(email)).isEqualTo("203.0.113.9");
	}

	@Test
	void anyoneElseCannotChooseTheirAddress() throws IOException {
		String email = AccountFixtures.uniqueEmail("spoofer");
		failedSignIn("127.0.0.2", "203.0.113.9", email);
		assertThat(loggedAddress(email)).isEqualTo("127.0.0.2");
	}

	@Test
	void aClientCannotSlipAnAddressPastTheTrustedProxy() throws IOException {
		String email = AccountFixtures.uniqueEmail("chained");
		// The proxy appends the address it saw; what the client wrote before it is not
		// believed.
		failedSignIn("127.0.0.1", "198.51.100.66, 203.0.113.10", email);
		assertThat(loggedAddress(email)).isEqualTo("203.0.113.10");
	}

	@Test
	void behindTheProxyOverHttpsTheFormTokenCookieIsSecure() throws IOException {
		String page = exchange("127.0.0.1", "GET /login HTTP/1.1\r\nHost: localhost\r\nX-Forwarded-For: 203.0.113.9"
				+ "\r\nX-Forwarded-Proto: https\r\nConnection: close\r\n\r\n");
		assertThat(page).containsPattern("Set-Cookie: XSRF-TOKEN=[^\r\n]*; Secure")
			.containsPattern("Set-Cookie: XSRF-TOKEN=[^\r\n]*; HttpOnly; SameSite=Lax");
	}

	/**
	 * A wrong password over a plain socket from the given local address, with
	 * X-Forwarded-For.
	 */
	private static void failedSignIn(String from, String forwardedFor, String email) throws IOException {
		String page = exchange(from, "GET /login HTTP/1.1\r\nHost: localhost\r\nX-Forwarded-For: " + forwardedFor
				+ "\r\nConnection: close\r\n\r\n");
		Matcher token = Pattern.compile("Set-Cookie: XSRF-TOKEN=([^;]+)").matcher(page);
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
		assertThat(token.find() && csrf.find()).as("the sign-in page with its token and its cookie").isTrue();
		String body = "email=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password=wrong&_csrf="
				+ URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
		String answer = exchange(from,
				"POST /login HTTP/1.1\r\nHost: localhost\r\nX-Forwarded-For: " + forwardedFor
						+ "\r\nCookie: XSRF-TOKEN=" + token.group(1)
						+ "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length()
						+ "\r\nConnection: close\r\n\r\n" + body);
		assertThat(answer).startsWith("HTTP/1.1 302").contains("/login?error");
	}

	private static String exchange(String from, String request) throws IOException {
		int port = ((WebServerApplicationContext) production).getWebServer().getPort();
		try (Socket socket = new Socket()) {
			socket.bind(new InetSocketAddress(from, 0));
			socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.UTF_8));
			out.flush();
			InputStream in = socket.getInputStream();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static String loggedAddress(String email) {
		return production.getBean(JdbcClient.class)
			.sql("select remote_address from security_event where email = :email and kind = 'SIGN_IN_FAILED'")
			.param("email", email)
			.query(String.class)
			.single();
	}

}
