package org.unesco.gnlc.notification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * A GreenMail SMTP server for the tests that follow e-mail to its recipient: one per test
 * JVM, on a port chosen once, so that it can be stopped and started again (a mail server
 * outage) at the same address. As a context initializer it points the portal's mail
 * settings at it, with short retry delays.
 */
public final class MailCapture implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static final Pattern LINK = Pattern.compile("https?://\\S+");

	private static GreenMail server;

	private static int port;

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		start();
		TestPropertyValues.of(properties()).applyTo(context);
	}

	/**
	 * The portal's settings to deliver to this server, quickly and with quick retries.
	 */
	public static String[] properties() {
		return new String[] { "spring.mail.host=127.0.0.1", "spring.mail.port=" + port(),
				"gnlc.mail.outbox.poll-interval=200ms", "gnlc.mail.outbox.first-retry=200ms",
				"gnlc.mail.outbox.longest-retry=1s" };
	}

	public static synchronized int port() {
		if (port == 0) {
			try (ServerSocket socket = new ServerSocket(0)) {
				port = socket.getLocalPort();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return port;
	}

	/** Starts the server (again) if it is not running. */
	public static synchronized void start() {
		if (server != null && server.isRunning()) {
			return;
		}
		if (server == null) {
			Runtime.getRuntime().addShutdownHook(new Thread(MailCapture::stop, "greenmail-shutdown"));
		}
		server = new GreenMail(new ServerSetup(port(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		server.start();
	}

	/** The mail server goes down: connections are refused until {@link #start()}. */
	public static synchronized void stop() {
		if (server != null && server.isRunning()) {
			server.stop();
		}
	}

	/** The messages received for this address since the server last started. */
	public static synchronized List<MimeMessage> to(String email) {
		if (server == null) {
			return List.of();
		}
		String wanted = email.toLowerCase(Locale.ROOT);
		return Arrays.stream(server.getReceivedMessages()).filter(message -> {
			try {
				Address[] recipients = message.getAllRecipients();
				return recipients != null && Arrays.stream(recipients)
					.anyMatch(address -> address.toString().toLowerCase(Locale.ROOT).contains(wanted));
			}
			catch (MessagingException ex) {
				return false;
			}
		}).toList();
	}

	/** The plain-text part of a message. */
	public static String text(MimeMessage message) {
		try {
			String text = textOf(message);
			if (text == null) {
				throw new AssertionError("The message has no text part");
			}
			return text;
		}
		catch (MessagingException | IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The path and query of the first link in the text part (the test server's port
	 * differs).
	 */
	public static String linkPath(MimeMessage message) {
		Matcher link = LINK.matcher(text(message));
		if (!link.find()) {
			throw new AssertionError("The message has no link");
		}
		URI uri = URI.create(link.group());
		return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
	}

	public static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String textOf(Part part) throws MessagingException, IOException {
		if (part.isMimeType("text/plain")) {
			return (String) part.getContent();
		}
		if (part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				String text = textOf(multipart.getBodyPart(i));
				if (text != null) {
					return text;
				}
			}
		}
		return null;
	}

}
