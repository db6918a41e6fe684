package org.unesco.gnlc.award;

import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unesco.gnlc.shared.files.RejectedFileException;

/**
 * Turns a refused Award action into a message on the page the person came from: nothing was
 * changed, and they read why in their language. The page is the form's page (the Referer of
 * the same site); without one, the application's page, or the action's address less its last
 * segment.
 */
@ControllerAdvice(basePackageClasses = AwardErrors.class)
class AwardErrors {

	private static final Pattern APPLICATION = Pattern.compile("^/award/applications/\\d+");

	@ExceptionHandler(AwardException.class)
	String refused(AwardException refusal, HttpServletRequest request, RedirectAttributes redirect) {
		redirect.addFlashAttribute("error", refusal.messageKey());
		redirect.addFlashAttribute("errorArgs", refusal.arguments().toArray());
		return "redirect:" + pageOf(request);
	}

	@ExceptionHandler(RejectedFileException.class)
	String rejectedFile(RejectedFileException refusal, HttpServletRequest request, RedirectAttributes redirect) {
		redirect.addFlashAttribute("error", refusal.messageKey());
		redirect.addFlashAttribute("errorArgs", refusal.arguments());
		return "redirect:" + pageOf(request);
	}

	static String pageOf(HttpServletRequest request) {
		String referer = request.getHeader(HttpHeaders.REFERER);
		if (referer != null) {
			try {
				URI uri = URI.create(referer);
				if (request.getServerName().equalsIgnoreCase(uri.getHost()) && uri.getRawPath() != null
						&& uri.getRawPath().startsWith("/")) {
					return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
				}
			}
			catch (IllegalArgumentException malformed) {
				// fall back to the action's own address
			}
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		Matcher application = APPLICATION.matcher(path);
		if (application.find()) {
			return application.group();
		}
		int last = path.lastIndexOf('/');
		return last > 0 ? path.substring(0, last) : "/award";
	}

}
