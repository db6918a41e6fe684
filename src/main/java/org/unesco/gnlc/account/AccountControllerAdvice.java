package org.unesco.gnlc.account;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * For every account page: surrounding spaces of typed names and addresses are dropped
 * (never of a password, which is taken as typed), and a link that no longer works (used,
 * expired or unknown) is explained.
 */
@ControllerAdvice(basePackageClasses = AccountControllerAdvice.class)
class AccountControllerAdvice {

	private static final String[] TRIMMED = { "email", "fullName", "cityName", "title", "organisation", "phone", "code",
			"countryCode" };

	@InitBinder
	void trimTypedText(WebDataBinder binder) {
		for (String field : TRIMMED) {
			binder.registerCustomEditor(String.class, field, new StringTrimmerEditor(false));
		}
	}

	@ExceptionHandler(AccountExceptions.InvalidLink.class)
	String invalidLink(AccountExceptions.InvalidLink invalid, Model model, HttpServletResponse response) {
		response.setStatus(invalid.check() == AccountTokens.Check.UNKNOWN ? HttpStatus.NOT_FOUND.value()
				: HttpStatus.GONE.value());
		model.addAttribute("check", invalid.check().name());
		return "account/link-invalid";
	}

}
