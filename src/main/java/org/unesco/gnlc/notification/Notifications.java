package org.unesco.gnlc.notification;

import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unesco.gnlc.shared.security.Role;
import org.unesco.gnlc.shared.web.Language;

/**
 * E-mail for every feature, through the transactional outbox. Call it inside the
 * transaction of the change that causes the mail: the mail is rendered (in each
 * recipient's language) and stored with that change, or not at all if it rolls back, and
 * sent after commit. Each method answers how many mails it queued: a recipient who
 * already has a mail for the same event key gets no second one. See the package
 * documentation for an example.
 */
@Service
@Transactional
public class Notifications {

	private final Recipients recipients;

	private final Outbox outbox;

	private final MailRenderer renderer;

	private final OutboxSender sender;

	private final Clock clock;

	private final String portalUrl;

	Notifications(Recipients recipients, Outbox outbox, MailRenderer renderer, OutboxSender sender, Clock clock,
			@Value("${gnlc.mail.portal-url:http://localhost:8080}") String portalUrl) {
		this.recipients = recipients;
		this.outbox = outbox;
		this.renderer = renderer;
		this.sender = sender;
		this.clock = clock;
		this.portalUrl = portalUrl.endsWith("/") ? portalUrl.substring(0, portalUrl.length() - 1) : portalUrl;
	}

	/** To one account (nothing if it does not exist or is deactivated). */
	public int toAccount(long accountId, Mail mail) {
		return to(recipients.account(accountId).stream().toList(), mail);
	}

	/** To the active officials of a city. */
	public int toCityOfficials(long cityId, Mail mail) {
		return to(recipients.cityOfficials(cityId), mail);
	}

	/** To the active endorsers of a country's National Commission. */
	public int toEndorsers(String countryCode, Mail mail) {
		return to(recipients.endorsers(countryCode.toUpperCase(Locale.ROOT)), mail);
	}

	/** To every active account with that role, e.g. all UIL administrators. */
	public int toRole(Role role, Mail mail) {
		return to(recipients.withRole(role), mail);
	}

	/** To an address without an account, e.g. a National Commission's contact address. */
	public int toAddress(String email, String name, Language language, Mail mail) {
		return to(List.of(Recipient.address(email.strip(), name, language)), mail);
	}

	/** To these people, once each (addresses compared ignoring case). */
	public int to(Collection<Recipient> people, Mail mail) {
		int queued = 0;
		Set<String> seen = new HashSet<>();
		for (Recipient person : people) {
			if (!seen.add(person.email().toLowerCase(Locale.ROOT)) || outbox.holds(mail.eventKey(), person.email())) {
				continue;
			}
			String link = link(mail.linkPath());
			MailRenderer.Rendered rendered = renderer.render(mail, person, link, portalUrl);
			if (outbox.queue(mail.eventKey(), person, mail.template(), rendered.subject(), rendered.text(),
					rendered.html(), link, mail.sensitive(), clock.instant())) {
				queued++;
			}
		}
		if (queued > 0) {
			sender.sendAfterCommit();
		}
		return queued;
	}

	private @Nullable String link(@Nullable String path) {
		return path == null ? null : portalUrl + path;
	}

}
