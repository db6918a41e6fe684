package org.unesco.gnlc.shared.web;

import java.io.IOException;

import lombok.RequiredArgsConstructor;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unesco.gnlc.shared.files.UploadedFiles;

/**
 * The portal's one answer to the problems any form can meet: a refused action or a
 * rejected file goes back to the page it came from ({@link ReturnPages}) with the reason
 * in the person's language (and, for a file, with what was typed beside it); a save that
 * raced another gets the conflict page; a file beyond the container's upload limits goes
 * back like a rejected one ({@link OversizedForm}), other such forms get the 413 page.
 */
@ControllerAdvice
@RequiredArgsConstructor
class RequestErrors {

	/**
	 * The flash attribute holding what was typed into a refused form (a map of field to
	 * text), which the form's page shows again, beside the file's error for a file.
	 */
	static final String TYPED_FIELDS = "typedFields";

	private final ReturnPages returnPages;

	/**
	 * An action the rules do not allow now, or an upload refused by its content or size.
	 */
	@ExceptionHandler(RefusedActionException.class)
	String refused(RefusedActionException refusal, HttpServletRequest request, RedirectAttributes redirect) {
		String field = request.getParameter(FileError.FIELD_PARAMETER);
		if (refusal.ofUploadedFile() && field != null && FileError.isFieldId(field)) {
			return backToFile(request, redirect, new FileError(field, refusal.messageKey(), refusal.arguments()));
		}
		return back(request, redirect, refusal.messageKey(), refusal.arguments());
	}

	/**
	 * Two saves raced (the database noticed, or the version the editor saw is no longer
	 * the record's): the second one is told, nothing is overwritten, and the conflict
	 * page shows what they typed so that they can copy it into the page once opened
	 * again.
	 */
	@ExceptionHandler({ OptimisticLockingFailureException.class, StaleEditException.class })
	void concurrentSave(HttpServletRequest request, HttpServletResponse response) throws IOException {
		request.setAttribute(TypedText.ATTRIBUTE, TypedText.of(request));
		response.sendError(HttpStatus.CONFLICT.value());
	}

	/**
	 * A form beyond the container's upload limits ({@link OversizedForm}): back to the
	 * form's page, with the file's error at its field and what was typed beside it, as
	 * for a file over the portal's own limit; a form without a file field of the portal
	 * gets the 413 page, which states the limit and shows what was typed.
	 */
	@ExceptionHandler(MaxUploadSizeExceededException.class)
	@Nullable String tooLarge(HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect)
			throws IOException {
		String field = request.getParameter(FileError.FIELD_PARAMETER);
		if (field != null && FileError.isFieldId(field)) {
			return backToFile(request, redirect,
					new FileError(field, "file.error.tooLarge", new Object[] { UploadedFiles.LARGEST.toMegabytes() }));
		}
		request.setAttribute(TypedText.ATTRIBUTE, TypedText.of(request));
		response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
		return null;
	}

	/** Back to the form, with the file's error at its field and what was typed. */
	private String backToFile(HttpServletRequest request, RedirectAttributes redirect, FileError error) {
		redirect.addFlashAttribute("fileError", error);
		redirect.addFlashAttribute(TYPED_FIELDS, TypedText.byField(request));
		return "redirect:" + returnPages.of(request);
	}

	/**
	 * Back to the page, with the reason and what was typed into the refused form, which
	 * that page may show again in its fields (e.g. a nomination note refused as too
	 * long).
	 */
	private String back(HttpServletRequest request, RedirectAttributes redirect, String messageKey,
			Object... arguments) {
		redirect.addFlashAttribute("error", messageKey);
		redirect.addFlashAttribute("errorArgs", arguments);
		redirect.addFlashAttribute(TYPED_FIELDS, TypedText.byField(request));
		return "redirect:" + returnPages.of(request);
	}

}
