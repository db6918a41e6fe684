package org.unesco.gnlc.shared.web;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Problems any form can meet, answered the same way everywhere. */
@ControllerAdvice
class RequestErrors {

	/** Two saves raced and the database noticed: the second one is told, nothing is overwritten. */
	@ExceptionHandler(OptimisticLockingFailureException.class)
	void concurrentSave(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.CONFLICT.value());
	}

	/** A file over the upload limit: back to the form it came from, with the reason. */
	@ExceptionHandler(MaxUploadSizeExceededException.class)
	String tooLarge(HttpServletRequest request, RedirectAttributes redirect) {
		redirect.addFlashAttribute("error", "file.error.tooLarge");
		redirect.addFlashAttribute("errorArgs", new Object[] { 10 });
		return "redirect:" + sameSiteReferer(request);
	}

	private static String sameSiteReferer(HttpServletRequest request) {
		String referer = request.getHeader("Referer");
		if (referer != null) {
			try {
				URI uri = URI.create(referer);
				if (uri.getHost() == null || uri.getHost().equals(request.getServerName())) {
					return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
				}
			}
			catch (IllegalArgumentException malformed) {
				// fall through to the home page
			}
		}
		return "/";
	}

}
