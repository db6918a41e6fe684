package org.unesco.gnlc.account;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** Explains a link that no longer works (used, expired or unknown), on every account page. */
@ControllerAdvice(basePackageClasses = AccountControllerAdvice.class)
class AccountControllerAdvice {

	@ExceptionHandler(AccountExceptions.InvalidLink.class)
	String invalidLink(AccountExceptions.InvalidLink invalid, Model model, HttpServletResponse response) {
		response.setStatus(invalid.check() == AccountTokens.Check.UNKNOWN ? HttpStatus.NOT_FOUND.value()
				: HttpStatus.GONE.value());
		model.addAttribute("check", invalid.check().name());
		return "account/link-invalid";
	}

}
