package org.unesco.gnlc.notification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.unesco.gnlc.GnlcPortalApplication;
import org.unesco.gnlc.account.AccountFixtures;
import org.unesco.gnlc.account.HttpBrowser;
import org.unesco.gnlc.city.Cities;
import org.unesco.gnlc.city.CityInfo;
import org.unesco.gnlc.shared.security.Role;
import org.unesco.gnlc.shared.web.Language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances of the portal on one database, as behind a load balancer: both are
 * started here in this JVM on random ports, against this test run's embedded PostgreSQL.
 * A person signed in through one is signed in on the other (the session lives in
 * PostgreSQL), every mail goes out once although both instances run the outbox sender,
 * and a change made through one is on the other's public pages within a second (each asks
 * for the data's version once a second, as in production), while visitors and signed-in
 * people never see each other's pages.
 */
class TwoInstancesTests {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	private static final long MELTON = 1L;

	private static final HttpClient VISITORS = HttpClient.newHttpClient();

	private static ConfigurableApplicationContext first;

	private static ConfigurableApplicationContext second;

	@BeforeAll
	static void startTwoInstances() {
		MailCapture.start();
		List<String> properties = new ArrayList<>(List.of(MailCapture.properties()));
		properties.add("server.port=0");
		properties.add("gnlc.mail.outbox.poll-interval=50ms");
		properties.add("spring.main.banner-mode=off");
		// As in production (tests elsewhere ask at every request).
		properties.add("gnlc.public-pages.version-check-interval=1s");
		first = start(properties);
		second = start(properties);
	}

	@AfterAll
	static void stopBothInstances() {
		if (second != null) {
			second.close();
		}
		if (first != null) {
			first.close();
		}
	}

	@Test
	void aPersonSignedInThroughOneInstanceIsSignedInOnTheOther() {
		HttpBrowser browser = signedInOnFirst("roaming", Role.NATCOM_ENDORSER, null, "MX");
		String session = browser.sessionCookie();
		assertThat(browser.switchTo(port(second)).get("/my").body()).contains("Welcome, Test natcom_endorser");
		assertThat(browser.sessionCookie()).as("the same session, not a new one").isEqualTo(session);

		// Signing out on the second instance ends the session on the first too.
		String csrf = browser.csrfToken("/my");
		browser.post("/logout", Map.of("_csrf", csrf));
		assertThat(HttpBrowser.location(browser.switchTo(port(first)).get("/my"))).isEqualTo("/login");
	}

	@Test
	void eachNotificationIsSentOnceAlthoughBothInstancesSendTheOutbox() {
		List<String> recipients = IntStream.range(0, 25)
			.mapToObj(i -> AccountFixtures.uniqueEmail("twice-" + i))
			.toList();
		String event = "two-instances:" + recipients.get(0);
		// The same event is queued on both instances at the same time (say, a redelivered
		// event).
		CompletableFuture<Integer> onFirst = CompletableFuture.supplyAsync(() -> queue(first, recipients, event));
		CompletableFuture<Integer> onSecond = CompletableFuture.supplyAsync(() -> queue(second, recipients, event));
		int queued = onFirst.join() + onSecond.join();
		assertThat(queued).as("each recipient queued once across both instances").isEqualTo(recipients.size());

		JdbcClient jdbc = first.getBean(JdbcClient.class);
		await().atMost(PATIENCE)
			.until(() -> jdbc.sql("select count(*) from outbox_mail where event_key = :event and state = 'SENT'")
				.param("event", event)
				.query(Long.class)
				.single() == recipients.size());
		// Both senders go round again, at the same time: nothing more goes out.
		CompletableFuture
			.allOf(CompletableFuture.runAsync(() -> first.getBean(OutboxSender.class).sendDue()),
					CompletableFuture.runAsync(() -> second.getBean(OutboxSender.class).sendDue()))
			.join();
		assertThat(recipients).allSatisfy(email -> assertThat(MailCapture.to(email)).as(email).hasSize(1));
		assertThat(jdbc.sql("select count(*) from outbox_mail where event_key = :event")
			.param("event", event)
			.query(Long.class)
			.single()).isEqualTo(recipients.size());
	}

	@Test
	void aCityAdmittedThroughOneInstanceIsListedByTheOtherWithinASecond() {
		Cities cities = first.getBean(Cities.class);
		String name = AccountFixtures.uniqueName("Two instances test");
		CityInfo city = cities.findOrRegister(name, "KE");
		String search = "/cities?q=" + URLEncoder.encode(name, StandardCharsets.UTF_8);
		// Let the second instance see the new (not yet member) city's version, then keep
		// its page.
		await().atMost(PATIENCE).until(() -> visitor(port(second), search).headers().firstValue("X-Cache").isPresent());
		HttpResponse<String> kept = visitor(port(second), search);
		assertThat(kept.body()).contains("No member city matches");

		cities.admit(city.id(), LocalDate.now());
		long admitted = System.nanoTime();
		await().atMost(Duration.ofSeconds(5))
			.pollInterval(Duration.ofMillis(20))
			.until(() -> visitor(port(second), search).body().contains(">" + name + "</a>"));
		Duration seen = Duration.ofNanos(System.nanoTime() - admitted);
		LoggerFactory.getLogger(TwoInstancesTests.class)
			.info("The second instance listed the admitted city after {} ms", seen.toMillis());
		// One second between two checks of the version, and the time of the request that
		// saw it.
		assertThat(seen).isLessThan(Duration.ofMillis(1500));
		first.getBean(JdbcClient.class).sql("delete from city where id = :id").param("id", city.id()).update();
	}

	@Test
	void aVisitorNeverReceivesWhatASignedInPersonSawNorTheReverse() {
		HttpBrowser official = signedInOnFirst("melton-official", Role.CITY_OFFICIAL, MELTON, "AU");
		String page = "/cities/melton?two-instances=" + UUID.randomUUID();

		HttpResponse<String> signedIn = official.get(page);
		assertThat(signedIn.body()).contains("Test city_official", "name=\"_csrf\"", "/cities/melton/edit");
		assertThat(signedIn.headers().firstValue("Cache-Control"))
			.hasValueSatisfying(value -> assertThat(value).contains("no-store"));
		assertThat(signedIn.headers().firstValue("X-Cache")).isEmpty();
		String token = csrf(signedIn.body());

		HttpResponse<String> first = visitor(port(TwoInstancesTests.first), page);
		HttpResponse<String> again = visitor(port(TwoInstancesTests.first), page);
		assertThat(first.headers().firstValue("X-Cache")).as("what the official saw was not kept").isEmpty();
		assertThat(again.headers().firstValue("X-Cache")).hasValue("hit");
		for (HttpResponse<String> visitor : List.of(first, again)) {
			assertThat(visitor.body()).contains("Sign in", ">Melton</")
				.doesNotContain("Test city_official", "_csrf", token, "/cities/melton/edit");
			assertThat(visitor.headers().firstValue("Cache-Control"))
				.hasValueSatisfying(value -> assertThat(value).startsWith("public"));
			assertThat(visitor.headers().firstValue("Set-Cookie")).isEmpty();
		}

		// The reverse: with a visitor's copy kept, the official still gets a page of
		// their own.
		HttpResponse<String> afterVisitors = official.get(page);
		assertThat(afterVisitors.headers().firstValue("X-Cache")).isEmpty();
		assertThat(afterVisitors.body()).contains("Test city_official", "/cities/melton/edit")
			.doesNotContain("Sign in<");
		assertThat(csrf(afterVisitors.body())).isNotEqualTo("");
		assertThat(official.get("/cities").body()).contains("Test city_official").doesNotContain(">Sign in<");
	}

	@Test
	void aVisitorWhoChoseALanguageGetsTheKeptPageOfThatLanguageAndNothingOfASession() {
		String page = "/network?two-instances=" + UUID.randomUUID();
		HttpResponse<String> french = visitor(port(second), page, "Accept-Language", "fr");
		assertThat(visitor(port(second), page, "Accept-Language", "fr").headers().firstValue("X-Cache"))
			.hasValue("hit");

		HttpBrowser visitor = new HttpBrowser(port(second));
		HttpResponse<String> chosen = visitor.get(page + "&lang=fr");
		assertThat(chosen.headers().firstValue("X-Cache")).as("switching the language is never served from the cache")
			.isEmpty();
		assertThat(visitor.sessionCookie()).isNotNull();
		HttpResponse<String> kept = visitor.get(page);
		assertThat(kept.headers().firstValue("X-Cache")).hasValue("hit");
		assertThat(kept.headers().firstValue("Cache-Control")).hasValue("private, no-cache");
		assertThat(kept.body()).isEqualTo(french.body()).contains("lang=\"fr\"");
	}

	/** A new account's browser, signed in through the first instance. */
	private static HttpBrowser signedInOnFirst(String who, Role role, @Nullable Long cityId, String countryCode) {
		AccountFixtures fixtures = AccountFixtures.of(first);
		fixtures.clearThrottle();
		String email = AccountFixtures.uniqueEmail(who);
		fixtures.account(email, role, cityId, countryCode);
		HttpBrowser browser = new HttpBrowser(port(first));
		assertThat(browser.signIn(email, AccountFixtures.PASSWORD)).isEqualTo("/my");
		return browser;
	}

	private static String csrf(String body) {
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(body);
		return token.find() ? token.group(1) : "";
	}

	/** A visitor's browser: no cookie at all. */
	private static HttpResponse<String> visitor(int port, String path, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept", "text/html");
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		try {
			return VISITORS.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static int queue(ConfigurableApplicationContext instance, List<String> recipients, String event) {
		Notifications notifications = instance.getBean(Notifications.class);
		return new TransactionTemplate(instance.getBean(PlatformTransactionManager.class))
			.execute(status -> notifications.to(
					recipients.stream().map(email -> Recipient.address(email, "Ana", Language.SPANISH)).toList(),
					NotificationsTests.notice(event)));
	}

	private static ConfigurableApplicationContext start(List<String> properties) {
		return new SpringApplicationBuilder(GnlcPortalApplication.class).profiles("test", "demo")
			.properties(properties.toArray(String[]::new))
			.run();
	}

	private static int port(ConfigurableApplicationContext instance) {
		return ((WebServerApplicationContext) instance).getWebServer().getPort();
	}

}
