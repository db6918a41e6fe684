package org.unesco.gnlc.shared.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/** Problems any form can meet, answered the same way everywhere. */
@ControllerAdvice
class RequestErrors {

	/** Two saves raced and the database noticed: the second one is told, nothing is overwritten. */
	@ExceptionHandler(OptimisticLockingFailureException.class)
	void concurrentSave(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.CONFLICT.value());
	}

	/** A form beyond the container's upload limits: the portal's 413 page, which states the limit. */
	@ExceptionHandler(MaxUploadSizeExceededException.class)
	void tooLarge(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
	}

}
