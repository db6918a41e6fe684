package org.unesco.gnlc.membership;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unesco.gnlc.shared.files.RejectedFileException;

/**
 * Turns a refused action into a message on the page the person came from: nothing was
 * changed, and they read why in their language.
 */
@ControllerAdvice(assignableTypes = { CityApplicationController.class, ApplicationController.class,
		DecisionController.class })
class MembershipErrors {

	private static final Pattern APPLICATION = Pattern.compile("^/membership/applications/(\\d+)(/[a-z-]+)?");

	@ExceptionHandler(MembershipException.class)
	String refused(MembershipException refusal, HttpServletRequest request, RedirectAttributes redirect) {
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

	/** The page a form was on: the check page for the signature and submission, else the application. */
	static String pageOf(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		Matcher matcher = APPLICATION.matcher(path);
		if (!matcher.find()) {
			return "/membership";
		}
		String application = "/membership/applications/" + matcher.group(1);
		String action = matcher.group(2);
		return "/signed-form".equals(action) || "/submit".equals(action) ? application + "/check" : application;
	}

}
