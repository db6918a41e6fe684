package org.unesco.gnlc.shared.session;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.unesco.gnlc.account.AccountFixtures;
import org.unesco.gnlc.account.HttpBrowser;
import org.unesco.gnlc.shared.security.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sessions over the real server: many requests of one session at once, and forged
 * cookies.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "test", "demo" })
@ExtendWith(OutputCaptureExtension.class)
class SessionRobustnessTests {

	private static final int SIMULTANEOUS = 20;

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Test
	void twentySimultaneousPostsOfOneSessionAnswerWithoutAServerErrorAndStartOneApplication() throws Exception {
		AccountFixtures fixtures = AccountFixtures.of(context);
		long city = fixtures.newCity("FR");
		String email = AccountFixtures.uniqueEmail("double-clicker");
		fixtures.account(email, Role.CITY_OFFICIAL, city, "FR");
		HttpBrowser browser = new HttpBrowser(port);
		browser.signIn(email, AccountFixtures.PASSWORD);
		String csrf = browser.csrfToken("/membership");

		CountDownLatch start = new CountDownLatch(1);
		List<Callable<Integer>> clicks = new ArrayList<>();
		for (int i = 0; i < SIMULTANEOUS; i++) {
			clicks.add(() -> {
				start.await();
				return browser.post("/membership/applications", Map.of("_csrf", csrf)).statusCode();
			});
		}
		ExecutorService pool = Executors.newFixedThreadPool(SIMULTANEOUS);
		List<Future<Integer>> answers = new ArrayList<>();
		clicks.forEach(click -> answers.add(pool.submit(click)));
		start.countDown();
		List<Integer> statuses = new ArrayList<>();
		for (Future<Integer> answer : answers) {
			statuses.add(answer.get());
		}
		pool.shutdown();

		assertThat(statuses).hasSize(SIMULTANEOUS).allSatisfy(status -> assertThat(status).isEqualTo(302));
		assertThat(jdbc.sql("select count(*) from membership_application where city_id = :city")
			.param("city", city)
			.query(Integer.class)
			.single()).isOne();
		assertThat(browser.get("/membership").statusCode()).isEqualTo(200);
	}

	@Test
	void aSessionCookieThatCannotBeReadMeansNoSessionOnEveryPage(CapturedOutput output) throws Exception {
		HttpClient client = HttpClient.newHttpClient();
		for (String forged : List.of("AAAA", "AA==", "not base64!", "MTIz", "%00", "x".repeat(500))) {
			for (String path : List.of("/", "/css/portal.css", "/actuator/health", "/cities", "/login", "/my")) {
				HttpResponse<String> response = client
					.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
						.header("Cookie", "SESSION=" + forged)
						.build(), HttpResponse.BodyHandlers.ofString());
				assertThat(response.statusCode()).as("%s with SESSION=%s", path, forged)
					.isEqualTo(path.equals("/my") ? 302 : 200);
			}
		}
		assertThat(output).doesNotContain("Exception").doesNotContain("invalid byte sequence");
	}

	@Test
	void aWellFormedSessionCookieOfNoSessionIsAVisitor() throws Exception {
		HttpBrowser visitor = new HttpBrowser(port);
		HttpResponse<String> page = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/my"))
				.header("Cookie",
						"SESSION=" + Base64.getEncoder().encodeToString(UUID.randomUUID().toString().getBytes()))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(302);
		assertThat(HttpBrowser.location(page)).isEqualTo("/login");
		assertThat(visitor.get("/").statusCode()).isEqualTo(200);
	}

}
