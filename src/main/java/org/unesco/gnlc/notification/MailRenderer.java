package org.unesco.gnlc.notification;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders a mail in its recipient's language: the feature's text and HTML templates, each
 * framed by the portal's mail layout (greeting, link back to the portal, why they receive
 * it). A template engine of its own, so that the web's one (and its auto-configuration)
 * is untouched.
 */
@Component
class MailRenderer {

	static final String HTML_LAYOUT = "notification/mail/layout.html";

	static final String TEXT_LAYOUT = "notification/mail/layout.txt";

	record Rendered(String subject, String text, String html) {
	}

	private final SpringTemplateEngine engine = new SpringTemplateEngine();

	private final MessageSource messages;

	MailRenderer(MessageSource messages) {
		this.messages = messages;
		engine.setTemplateEngineMessageSource(messages);
		engine.addTemplateResolver(resolver("*.html", TemplateMode.HTML, 1));
		engine.addTemplateResolver(resolver("*.txt", TemplateMode.TEXT, 2));
	}

	Rendered render(Mail mail, Recipient recipient, @Nullable String link, String portalUrl) {
		Locale locale = recipient.locale();
		String subject = messages.getMessage(mail.subjectKey(), mail.subjectArguments().toArray(), locale);
		Map<String, @Nullable Object> variables = new HashMap<>(mail.model());
		variables.put("recipientName", recipient.name());
		variables.put("link", link);
		variables.put("portalUrl", portalUrl);
		variables.put("subject", subject);
		String text = layout(TEXT_LAYOUT, mail.template() + ".txt", variables, locale).strip() + "\n";
		String html = layout(HTML_LAYOUT, mail.template() + ".html", variables, locale);
		return new Rendered(subject, text, html);
	}

	private String layout(String layout, String template, Map<String, @Nullable Object> variables, Locale locale) {
		String body = engine.process(template, new Context(locale, variables));
		Map<String, @Nullable Object> framed = new HashMap<>(variables);
		framed.put("body", body.strip());
		return engine.process(layout, new Context(locale, framed));
	}

	private static ClassLoaderTemplateResolver resolver(String pattern, TemplateMode mode, int order) {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/");
		resolver.setResolvablePatterns(Set.of(pattern));
		resolver.setTemplateMode(mode);
		resolver.setCharacterEncoding("UTF-8");
		resolver.setCheckExistence(true);
		resolver.setCacheable(true);
		resolver.setOrder(order);
		return resolver;
	}

}
