package org.unesco.gnlc.shared.web;

import java.io.IOException;
import java.util.Arrays;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A parameter of a page's address that cannot be understood (a page number "abc" or -1 or
 * past any list, a year "abc", an unknown choice) is left out: the person gets the same
 * page without it and a message naming it, in their language. A part of the path of the
 * wrong type ("two" for a conference's number) and a form's parameter of the wrong type
 * answer the portal's "not understood" page (400).
 */
@ControllerAdvice
class UnreadableParameters implements HandlerInterceptor {

	/**
	 * No list of the portal has so many pages; a larger number is a typing error or a
	 * probe.
	 */
	static final int LAST_PAGE = 100_000;

	static final String MESSAGE = "request.parameterIgnored";

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	@Nullable ModelAndView mismatch(MethodArgumentTypeMismatchException mismatch, HttpServletRequest request,
			HttpServletResponse response, RedirectAttributes redirect) throws IOException {
		if (mismatch.getParameter().hasParameterAnnotation(PathVariable.class)
				|| !HttpMethod.GET.matches(request.getMethod())) {
			response.sendError(HttpStatus.BAD_REQUEST.value());
			return null;
		}
		redirect.addFlashAttribute("error", MESSAGE);
		redirect.addFlashAttribute("errorArgs", new Object[] { mismatch.getName() });
		return new ModelAndView("redirect:" + without(request, mismatch.getName()));
	}

	/**
	 * Page numbers a page binds to a number but no list has: the page without them.
	 * (Pages that read their page number as text explain it themselves, as the directory
	 * does.)
	 */
	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws IOException {
		String page = request.getParameter("page");
		if (page == null || !HttpMethod.GET.matches(request.getMethod()) || !readsPage(handler) || isPageNumber(page)) {
			return true;
		}
		String target = without(request, "page");
		FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
		flash.put("error", MESSAGE);
		flash.put("errorArgs", new Object[] { "page" });
		RequestContextUtils.saveOutputFlashMap(target, request, response);
		response.sendRedirect(request.getContextPath() + target);
		return false;
	}

	private static boolean readsPage(Object handler) {
		return handler instanceof HandlerMethod method
				&& Arrays.stream(method.getMethodParameters()).anyMatch(parameter -> {
					RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
					String name = param == null ? null
							: param.name().isEmpty() ? parameter.getParameterName() : param.name();
					return "page".equals(name) && (Number.class.isAssignableFrom(parameter.getParameterType())
							|| parameter.getParameterType() == int.class || parameter.getParameterType() == long.class);
				});
	}

	/** Digits only, up to the last page: anything else is not a page of a list here. */
	private static boolean isPageNumber(String page) {
		return page.matches("\\d{1,6}") && Integer.parseInt(page) <= LAST_PAGE;
	}

	/** The address of this page, less one parameter. */
	private static String without(HttpServletRequest request, String parameter) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String query = request.getQueryString();
		return UriComponentsBuilder.fromPath(path).query(query).replaceQueryParam(parameter).build(true).toUriString();
	}

}
