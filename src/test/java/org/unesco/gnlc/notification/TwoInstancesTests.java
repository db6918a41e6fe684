package org.unesco.gnlc.notification;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.unesco.gnlc.GnlcPortalApplication;
import org.unesco.gnlc.account.AccountFixtures;
import org.unesco.gnlc.account.HttpBrowser;
import org.unesco.gnlc.shared.security.Role;
import org.unesco.gnlc.shared.web.Language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances of the portal on one database, as behind a load balancer: both are started here
 * in this JVM on random ports, against this test run's embedded PostgreSQL. A person signed in
 * through one is signed in on the other (the session lives in PostgreSQL), and every mail goes
 * out once although both instances run the outbox sender.
 */
class TwoInstancesTests {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	private static ConfigurableApplicationContext first;

	private static ConfigurableApplicationContext second;

	@BeforeAll
	static void startTwoInstances() {
		MailCapture.start();
		List<String> properties = new ArrayList<>(List.of(MailCapture.properties()));
		properties.add("server.port=0");
		properties.add("gnlc.mail.outbox.poll-interval=50ms");
		properties.add("spring.main.banner-mode=off");
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
		AccountFixtures fixtures = AccountFixtures.of(first);
		fixtures.clearThrottle();
		String email = AccountFixtures.uniqueEmail("roaming");
		fixtures.account(email, Role.NATCOM_ENDORSER, null, "MX");

		HttpBrowser browser = new HttpBrowser(port(first));
		assertThat(browser.signIn(email, AccountFixtures.PASSWORD)).isEqualTo("/my");
		String session = browser.sessionCookie();
		assertThat(browser.switchTo(port(second)).get("/my").body()).contains("Welcome, Test natcom_endorser");
		assertThat(browser.sessionCookie()).as("the same session, not a new one").isEqualTo(session);

		// Signing out on the second instance ends the session on the first too.
		String csrf = browser.csrfToken("/my");
		browser.post("/logout", java.util.Map.of("_csrf", csrf));
		assertThat(HttpBrowser.location(browser.switchTo(port(first)).get("/my"))).isEqualTo("/login");
	}

	@Test
	void eachNotificationIsSentOnceAlthoughBothInstancesSendTheOutbox() {
		List<String> recipients = IntStream.range(0, 25).mapToObj(i -> AccountFixtures.uniqueEmail("twice-" + i)).toList();
		String event = "two-instances:" + recipients.get(0);
		// The same event is queued on both instances at the same time (say, a redelivered event).
		CompletableFuture<Integer> onFirst = CompletableFuture.supplyAsync(() -> queue(first, recipients, event));
		CompletableFuture<Integer> onSecond = CompletableFuture.supplyAsync(() -> queue(second, recipients, event));
		int queued = onFirst.join() + onSecond.join();
		assertThat(queued).as("each recipient queued once across both instances").isEqualTo(recipients.size());

		JdbcClient jdbc = first.getBean(JdbcClient.class);
		await().atMost(PATIENCE).until(() -> jdbc.sql("select count(*) from outbox_mail where event_key = :event and state = 'SENT'")
			.param("event", event).query(Long.class).single() == recipients.size());
		// Both senders go round again, at the same time: nothing more goes out.
		CompletableFuture.allOf(CompletableFuture.runAsync(() -> first.getBean(OutboxSender.class).sendDue()),
				CompletableFuture.runAsync(() -> second.getBean(OutboxSender.class).sendDue())).join();
		assertThat(recipients).allSatisfy(email -> assertThat(MailCapture.to(email)).as(email).hasSize(1));
		assertThat(jdbc.sql("select count(*) from outbox_mail where event_key = :event").param("event", event)
			.query(Long.class).single()).isEqualTo(recipients.size());
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
