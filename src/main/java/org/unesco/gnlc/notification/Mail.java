package org.unesco.gnlc.notification;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * One e-mail to queue: which templates render it, what caused it and what it says. Build
 * it with {@link #template(String)}:
 *
 * <pre>
 * Mail mail = Mail.template("membership/mail/submitted")
 *     .event("membership-application:" + id + ":submitted")
 *     .subject("membership.mail.submitted.subject", cityName)
 *     .with("cityName", cityName)
 *     .link("/membership/applications/" + id)
 *     .build();
 * </pre>
 *
 * @param template the name of the templates, without suffix, under {@code templates/}:
 * {@code <template>.html} (HTML) and {@code <template>.txt} (Thymeleaf TEXT mode) must
 * both exist
 * @param eventKey what caused the mail, unique per event: the outbox queues one mail per
 * event key and recipient, so a retried transaction, a redelivered event or a second
 * instance never sends it twice (at most 200 characters)
 * @param subjectKey message key of the subject, resolved in each recipient's language
 * @param subjectArguments arguments of the subject's message
 * @param model variables of the templates (the renderer adds {@code recipientName},
 * {@code link} and {@code portalUrl})
 * @param linkPath the page of the portal the mail leads to (a path starting with
 * {@code /}), made absolute with {@code gnlc.mail.portal-url}
 * @param sensitive the mail holds a personal secret link (reset, invitation): its content
 * is not shown at {@code /admin/outbox} while a mail server delivers mail, and is erased
 * once sent
 */
public record Mail(String template, String eventKey, String subjectKey, List<Object> subjectArguments,
		Map<String, @Nullable Object> model, @Nullable String linkPath, boolean sensitive) {

	private static final Pattern TEMPLATE = Pattern.compile("[a-z0-9-]+(/[a-z0-9-]+)+");

	public Mail {
		if (!TEMPLATE.matcher(template).matches()) {
			throw new IllegalArgumentException("A mail template is a path like 'feature/mail/name': " + template);
		}
		if (eventKey.isBlank() || eventKey.length() > 200) {
			throw new IllegalArgumentException("A mail needs an event key of at most 200 characters");
		}
		if (linkPath != null && (!linkPath.startsWith("/") || linkPath.startsWith("//"))) {
			throw new IllegalArgumentException("A mail links to a page of the portal (a path starting with /)");
		}
		subjectArguments = List.copyOf(subjectArguments);
		model = Collections.unmodifiableMap(new LinkedHashMap<>(model));
	}

	public static Builder template(String template) {
		return new Builder(template);
	}

	/**
	 * Builds a {@link Mail}; {@link #event(String)} and
	 * {@link #subject(String, Object...)} are required.
	 */
	public static final class Builder {

		private final String template;

		private @Nullable String eventKey;

		private @Nullable String subjectKey;

		private List<Object> subjectArguments = List.of();

		private final Map<String, @Nullable Object> model = new LinkedHashMap<>();

		private @Nullable String linkPath;

		private boolean sensitive;

		private Builder(String template) {
			this.template = template;
		}

		public Builder event(String eventKey) {
			this.eventKey = eventKey;
			return this;
		}

		public Builder subject(String messageKey, Object... arguments) {
			this.subjectKey = messageKey;
			this.subjectArguments = new ArrayList<>(List.of(arguments));
			return this;
		}

		public Builder with(String name, @Nullable Object value) {
			model.put(name, value);
			return this;
		}

		public Builder link(String path) {
			this.linkPath = path;
			return this;
		}

		public Builder sensitive() {
			this.sensitive = true;
			return this;
		}

		public Mail build() {
			if (eventKey == null || subjectKey == null) {
				throw new IllegalStateException("A mail needs an event key and a subject");
			}
			return new Mail(template, eventKey, subjectKey, subjectArguments, model, linkPath, sensitive);
		}

	}

}
