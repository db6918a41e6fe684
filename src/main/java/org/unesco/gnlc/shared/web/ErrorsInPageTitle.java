package org.unesco.gnlc.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * A page that shows a form's errors, or a refused upload, says so first in its title
 * ({@code Error: } in the page's language, read first by a screen reader): the layout
 * reads {@code pageHasErrors}.
 */
@Component
class ErrorsInPageTitle implements HandlerInterceptor {

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			@Nullable ModelAndView page) {
		if (page == null) {
			return;
		}
		boolean errors = page.getModel().get("fileError") != null || page.getModel()
			.values()
			.stream()
			.anyMatch(value -> value instanceof BindingResult result && result.hasErrors());
		if (errors) {
			page.addObject("pageHasErrors", true);
		}
	}

}
