package org.unesco.gnlc.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.unesco.gnlc.account.AccountFixtures;
import org.unesco.gnlc.shared.web.Language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The outbox delivers to a real SMTP server (GreenMail): after commit, retrying with
 * back-off while the server is down, exactly once per recipient and event.
 */
@SpringBootTest(properties = "gnlc.mail.outbox.max-attempts=4")
@ActiveProfiles({ "test", "demo" })
@CapturesMail
class OutboxDeliveryTests {

	private static final Duration PATIENCE = Duration.ofSeconds(20);

	@Autowired
	Notifications notifications;

	@Autowired
	OutboxSender sender;

	@Autowired
	Outbox outbox;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactionManager;

	@BeforeEach
	void mailServerUpAndOutboxEmpty() {
		MailCapture.start();
		// Mails other tests kept in the outbox go out first, so that only this test's
		// mail is due.
		await().atMost(PATIENCE).until(() -> due() == 0);
	}

	@AfterEach
	void mailServerUp() {
		MailCapture.start();
	}

	@Test
	void aMailIsSentRightAfterTheCommitWithATextAndAnHtmlPart() throws Exception {
		String email = AccountFixtures.uniqueEmail("direct");
		queue(email, "direct:" + email);
		await().atMost(PATIENCE).until(() -> MailCapture.to(email).size() == 1);
		MimeMessage message = MailCapture.to(email).get(0);
		assertThat(message.getSubject()).isEqualTo("Courriel");
		assertThat(MailCapture.text(message)).startsWith("Bonjour Ana,").contains("Notice about Key Features.");
		assertThat(message.getContentType()).startsWith("multipart/mixed");
		assertThat(message.getMessageID()).matches("<outbox-\\d+@gnlc-portal>");
		assertThat(message.getHeader("Auto-Submitted")).containsExactly("auto-generated");
		await().atMost(PATIENCE).until(() -> "SENT".equals(state(email)));
	}

	@Test
	void aMailQueuedWhileTheMailServerIsDownArrivesOnceItIsBackAndOnlyOnce() {
		MailCapture.stop();
		String email = AccountFixtures.uniqueEmail("outage");
		queue(email, "outage:" + email);
		// Tried, refused, and waiting for its next attempt: nothing is lost.
		await().atMost(PATIENCE).until(() -> attempts(email) >= 2);
		assertThat(state(email)).isEqualTo("PENDING");
		assertThat(lastError(email)).isNotBlank();

		MailCapture.start();
		await().atMost(PATIENCE).until(() -> "SENT".equals(state(email)));
		assertThat(MailCapture.to(email)).hasSize(1);
		// Further rounds of the sender, on this instance or another, send nothing more.
		assertThat(sender.sendDue()).isZero();
		queue(email, "outage:" + email);
		assertThat(sender.sendDue()).isZero();
		assertThat(MailCapture.to(email)).hasSize(1);
	}

	@Test
	void aMailThatKeepsFailingIsGivenUpShownAsFailedAndCanBeSentAgain() {
		MailCapture.stop();
		String email = AccountFixtures.uniqueEmail("given-up");
		queue(email, "given-up:" + email);
		await().atMost(PATIENCE).until(() -> "FAILED".equals(state(email)));
		assertThat(attempts(email)).isEqualTo(4);
		MailCapture.start();
		assertThat(MailCapture.to(email)).isEmpty();
		long id = jdbc.sql("select id from outbox_mail where recipient_email = :email")
			.param("email", email)
			.query(Long.class)
			.single();
		// UIL_ADMIN presses "Try again" on the mail's page.
		assertThat(outbox.retry(id, Instant.now())).isTrue();
		await().atMost(PATIENCE).until(() -> MailCapture.to(email).size() == 1);
	}

	@Test
	void aDeliveredMailWithAPersonalLinkKeepsNoCopyOfIt() {
		String email = AccountFixtures.uniqueEmail("secret");
		new TransactionTemplate(transactionManager)
			.executeWithoutResult(status -> notifications.toAddress(email, "Ana", Language.ENGLISH,
					Mail.template("notification/mail/test-notice")
						.event("secret:" + email)
						.subject("notification.mail.title")
						.with("topic", "your reset")
						.link("/password/reset?token=very-secret")
						.sensitive()
						.build()));
		await().atMost(PATIENCE).until(() -> "SENT".equals(state(email)));
		assertThat(MailCapture.text(MailCapture.to(email).get(0))).contains("/password/reset?token=very-secret");
		List<String> stored = jdbc.sql(
				"select coalesce(text_body, '') || coalesce(html_body, '') || coalesce(link_url, '') from outbox_mail where recipient_email = :email")
			.param("email", email)
			.query(String.class)
			.list();
		assertThat(stored).containsExactly("");
	}

	private void queue(String email, String eventKey) {
		new TransactionTemplate(transactionManager).executeWithoutResult(
				status -> notifications.toAddress(email, "Ana", Language.FRENCH, NotificationsTests.notice(eventKey)));
	}

	private long due() {
		return jdbc.sql("select count(*) from outbox_mail where state = 'PENDING' and next_attempt_at <= now()")
			.query(Long.class)
			.single();
	}

	private String state(String email) {
		return jdbc.sql("select state from outbox_mail where recipient_email = :email")
			.param("email", email)
			.query(String.class)
			.single();
	}

	private int attempts(String email) {
		return jdbc.sql("select attempts from outbox_mail where recipient_email = :email")
			.param("email", email)
			.query(Integer.class)
			.single();
	}

	private String lastError(String email) {
		return jdbc.sql("select last_error from outbox_mail where recipient_email = :email")
			.param("email", email)
			.query(String.class)
			.single();
	}

}
