package org.unesco.gnlc.notification;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executor;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;

/**
 * Delivers the outbox: right after the transaction that queued a mail commits, and on a
 * schedule for retries. One sender at a time across all instances (a ShedLock lock in
 * PostgreSQL), and each mail is locked while it is sent ({@code for update skip locked}),
 * so a mail goes out once. A failure is retried with a back-off that doubles up to a
 * ceiling; after the last attempt the mail is marked failed and UIL_ADMIN can send it
 * again from {@code /admin/outbox}.
 *
 * <p>
 * With no mail server configured ({@code spring.mail.host} unset) nothing is sent: the
 * mails are kept for UIL_ADMIN to read.
 */
@Component
class OutboxSender {

	static final String LOCK = "mail-outbox";

	private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

	private static final Object AFTER_COMMIT_KEY = new Object();

	private final Outbox outbox;

	private final ObjectProvider<JavaMailSender> mailSender;

	private final LockingTaskExecutor locks;

	private final TransactionTemplate transactions;

	private final Executor executor;

	private final Clock clock;

	private final InternetAddress from;

	private final Duration firstRetry;

	private final Duration longestRetry;

	private final int maxAttempts;

	private final int batchSize;

	OutboxSender(Outbox outbox, ObjectProvider<JavaMailSender> mailSender, LockProvider lockProvider,
			PlatformTransactionManager transactionManager, @Qualifier("applicationTaskExecutor") Executor executor,
			Clock clock, @Value("${gnlc.mail.from:GNLC Portal <no-reply@gnlc-portal.example>}") String from,
			@Value("${gnlc.mail.outbox.first-retry:30s}") Duration firstRetry,
			@Value("${gnlc.mail.outbox.longest-retry:1h}") Duration longestRetry,
			@Value("${gnlc.mail.outbox.max-attempts:30}") int maxAttempts,
			@Value("${gnlc.mail.outbox.batch-size:100}") int batchSize) throws MessagingException {
		this.outbox = outbox;
		this.mailSender = mailSender;
		this.locks = new DefaultLockingTaskExecutor(lockProvider);
		this.transactions = new TransactionTemplate(transactionManager);
		this.executor = executor;
		this.clock = clock;
		this.from = new InternetAddress(from, true);
		this.firstRetry = firstRetry;
		this.longestRetry = longestRetry;
		this.maxAttempts = maxAttempts;
		this.batchSize = batchSize;
	}

	/** Whether a mail server is configured; without one the outbox only keeps mail. */
	boolean delivers() {
		return mailSender.getIfAvailable() != null;
	}

	/**
	 * Sends the outbox once the current transaction has committed (not before: it may
	 * roll back).
	 */
	void sendAfterCommit() {
		if (!delivers() || !TransactionSynchronizationManager.isSynchronizationActive()) {
			return;
		}
		if (TransactionSynchronizationManager.hasResource(AFTER_COMMIT_KEY)) {
			return;
		}
		TransactionSynchronizationManager.bindResource(AFTER_COMMIT_KEY, Boolean.TRUE);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				TransactionSynchronizationManager.unbindResourceIfPossible(AFTER_COMMIT_KEY);
				if (status == STATUS_COMMITTED) {
					try {
						executor.execute(OutboxSender.this::sendDue);
					}
					catch (RuntimeException rejected) {
						// Shutting down: the mail stays in the outbox for the next start
						// or instance.
						log.debug("Outbox not sent after commit: {}", rejected.toString());
					}
				}
			}
		});
	}

	@Scheduled(fixedDelayString = "${gnlc.mail.outbox.poll-interval:10s}",
			initialDelayString = "${gnlc.mail.outbox.poll-interval:10s}")
	void sendDueOnSchedule() {
		sendDue();
	}

	/**
	 * Sends every mail that is due, unless another sender is at it. Answers how many went
	 * out.
	 */
	int sendDue() {
		JavaMailSender sender = mailSender.getIfAvailable();
		if (sender == null) {
			return 0;
		}
		Instant now = clock.instant();
		try {
			Integer sent = locks
				.executeWithLock(() -> sendBatch(sender),
						new LockConfiguration(now, LOCK, Duration.ofMinutes(5), Duration.ZERO))
				.getResult();
			return sent == null ? 0 : sent;
		}
		catch (Throwable failure) {
			log.warn("The outbox could not be sent: {}", failure.toString());
			return 0;
		}
	}

	private int sendBatch(JavaMailSender sender) {
		int sent = 0;
		for (int i = 0; i < batchSize; i++) {
			Boolean outcome = transactions.execute(status -> sendNext(sender));
			if (outcome == null || !outcome) {
				// Nothing left, or the server refused: the next round (with back-off)
				// goes on.
				break;
			}
			sent++;
		}
		return sent;
	}

	/**
	 * Sends the next due mail: true if it went out, false if there was none or it failed.
	 */
	private @Nullable Boolean sendNext(JavaMailSender sender) {
		Instant now = clock.instant();
		Optional<Outbox.Due> next = outbox.lockNextDue(now);
		if (next.isEmpty()) {
			return false;
		}
		Outbox.Due mail = next.get();
		try {
			sender.send(message(sender, mail));
			outbox.sent(mail.id(), clock.instant());
			return true;
		}
		catch (MailException | MessagingException failure) {
			int attempts = mail.attempts() + 1;
			boolean givenUp = attempts >= maxAttempts;
			Instant retryAt = clock.instant().plus(backOff(attempts));
			outbox.failed(mail.id(), attempts, givenUp, retryAt, describe(failure));
			log.warn("Mail {} to {} not sent (attempt {}{}): {}", mail.id(), mail.recipientEmail(), attempts,
					givenUp ? ", given up" : ", retry at " + retryAt, describe(failure));
			return false;
		}
	}

	/** 30 s, 1 min, 2 min, 4 min… after each failure, never more than the ceiling. */
	Duration backOff(int attempts) {
		int doublings = Math.min(Math.max(attempts - 1, 0), 20);
		Duration wait = firstRetry.multipliedBy(1L << doublings);
		return wait.compareTo(longestRetry) > 0 ? longestRetry : wait;
	}

	private MimeMessage message(JavaMailSender sender, Outbox.Due mail) throws MessagingException {
		// The Message-ID names the outbox entry: a copy that slipped through twice is
		// recognisable.
		String messageId = "<outbox-" + mail.id() + "@gnlc-portal>";
		MimeMessage message = sender instanceof JavaMailSenderImpl impl ? new MimeMessage(impl.getSession()) {
			@Override
			protected void updateMessageID() throws MessagingException {
				setHeader("Message-ID", messageId);
			}
		} : sender.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
		helper.setFrom(from);
		try {
			helper
				.setTo(new InternetAddress(mail.recipientEmail(), mail.recipientName(), StandardCharsets.UTF_8.name()));
		}
		catch (UnsupportedEncodingException ex) {
			helper.setTo(mail.recipientEmail());
		}
		helper.setSubject(mail.subject());
		helper.setText(mail.textBody(), mail.htmlBody());
		message.setHeader("Auto-Submitted", "auto-generated");
		return message;
	}

	private static String describe(Exception failure) {
		Throwable cause = failure;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
		return message.replaceAll("\\s+", " ").strip();
	}

}
