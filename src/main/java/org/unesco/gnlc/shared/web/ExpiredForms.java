package org.unesco.gnlc.shared.web;

import java.io.IOException;

import lombok.RequiredArgsConstructor;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;

/**
 * What a refused form is told when its CSRF token does not match the browser's token
 * cookie (a page opened before signing in or out in another tab, a cookie deleted or
 * forged): "your form has expired", a link back to the form's page and what was typed,
 * for copying. Nothing was saved. Any other refusal is the plain 403 page.
 */
@Component
@RequiredArgsConstructor
public class ExpiredForms implements AccessDeniedHandler {

	/** The request attribute holding the page to open again (relative to the context). */
	static final String RETURN_PAGE = ExpiredForms.class.getName() + ".RETURN_PAGE";

	private final ReturnPages returnPages;

	private final AccessDeniedHandler forbidden = new AccessDeniedHandlerImpl();

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
			throws IOException, ServletException {
		if (!(denied instanceof CsrfException) || response.isCommitted()) {
			forbidden.handle(request, response, denied);
			return;
		}
		request.setAttribute(RETURN_PAGE, returnPages.of(request));
		request.setAttribute(TypedText.ATTRIBUTE, TypedText.of(request));
		response.sendError(HttpStatus.FORBIDDEN.value());
	}

}
