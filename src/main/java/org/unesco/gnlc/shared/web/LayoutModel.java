package org.unesco.gnlc.shared.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the shared layout needs on every page: the language switch, built for the current
 * URL.
 */
@ControllerAdvice
class LayoutModel {

	record LanguageLink(String code, String nativeName, String href, boolean current) {
	}

	@ModelAttribute("languageLinks")
	List<LanguageLink> languageLinks(HttpServletRequest request, Locale locale) {
		Language current = Language.of(locale);
		String here = currentPage(request);
		return Arrays.stream(Language.values())
			.map(language -> new LanguageLink(language.code(), language.nativeName(), withLanguage(here, language),
					language == current))
			.toList();
	}

	private static String currentPage(HttpServletRequest request) {
		Object failedUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (failedUri instanceof String path) {
			// An error page switches the language of the page that failed, not of /error.
			return path;
		}
		String path = request.getRequestURI();
		String query = request.getQueryString();
		// After a POST the page shown is the form's, whose address has no state to keep.
		return (query == null || "POST".equals(request.getMethod())) ? path : path + "?" + query;
	}

	private static String withLanguage(String encodedUri, Language language) {
		try {
			return UriComponentsBuilder.fromUriString(encodedUri)
				.replaceQueryParam("lang", language.code())
				.build(true)
				.toUriString();
		}
		catch (IllegalArgumentException malformed) {
			return "?lang=" + language.code();
		}
	}

}
