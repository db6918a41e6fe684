package org.unesco.gnlc.shared.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;

import org.apache.catalina.Host;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.Valve;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The answer to a request Tomcat refuses itself, before the portal sees it: a path
 * holding an encoded NUL ({@code /cities/%00}), an encoded slash ({@code /cities%2F..})
 * or a backslash. Tomcat's {@link ErrorReportValve} wrote its bare "HTTP Status 400" page
 * for these, with its version. No part of the portal runs there, so the valve is given a
 * static page instead, written at start from the message bundles in the portal's four
 * languages and in its look; and any other page the valve still writes shows neither the
 * report nor the server's version.
 */
@Component
@RequiredArgsConstructor
class ContainerErrorPages implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

	private final MessageSource messages;

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		String badRequest = written(badRequestPage()).toString();
		// The host adds its ErrorReportValve as it starts, just before its contexts.
		factory.addContextCustomizers(context -> context.addLifecycleListener(event -> {
			if (Lifecycle.BEFORE_START_EVENT.equals(event.getType()) && context.getParent() instanceof Host host) {
				for (Valve valve : host.getPipeline().getValves()) {
					if (valve instanceof ErrorReportValve report) {
						report.setShowReport(false);
						report.setShowServerInfo(false);
						report.setProperty("errorCode.400", badRequest);
					}
				}
			}
		}));
	}

	/** The 400 page: the same words in every language of the portal, English first. */
	String badRequestPage() {
		String sections = Arrays.stream(Language.values())
			.map(language -> """
					  <section class="mb-5" lang="%s" dir="%s">
					    <h%d>%s</h%d>
					    <p class="lead">%s</p>
					    <p><a href="/?lang=%s">%s</a></p>
					    <p class="text-body-secondary small">%s</p>
					  </section>
					""".formatted(language.code(), language.direction(), language == Language.ENGLISH ? 1 : 2,
					text("error.400.title", language), language == Language.ENGLISH ? 1 : 2,
					text("error.400.text", language), language.code(), text("error.home", language),
					text("error.code", language, 400)))
			.collect(Collectors.joining());
		return """
				<!DOCTYPE html>
				<html lang="en" dir="ltr">
				<head>
				  <meta charset="utf-8">
				  <meta name="viewport" content="width=device-width, initial-scale=1">
				  <title>%s · %s</title>
				  <link rel="stylesheet" href="/webjars/bootstrap/css/bootstrap.min.css">
				  <link rel="stylesheet" href="/css/portal.css">
				  <link rel="icon" href="/images/favicon.svg" type="image/svg+xml">
				</head>
				<body>
				<header class="portal-header">
				  <div class="container portal-header__bar">
				    <a class="portal-brand" href="/">
				      <span class="portal-brand__mark" aria-hidden="true">GNLC</span>
				      <span class="portal-brand__name">%s</span>
				    </a>
				  </div>
				</header>
				<main id="main" class="container portal-main">
				%s</main>
				</body>
				</html>
				""".formatted(text("error.400.title", Language.ENGLISH), text("app.name", Language.ENGLISH),
				text("app.networkName", Language.ENGLISH), sections);
	}

	private String text(String key, Language language, Object... arguments) {
		return HtmlUtils.htmlEscape(messages.getMessage(key, arguments, language.locale()), "UTF-8");
	}

	/** Tomcat reads the page from a file of its own, not from the class path. */
	private static Path written(String page) {
		try {
			Path file = Files.createTempFile("gnlc-error-400-", ".html");
			file.toFile().deleteOnExit();
			return Files.writeString(file, page, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write the page for requests Tomcat refuses", ex);
		}
	}

}
