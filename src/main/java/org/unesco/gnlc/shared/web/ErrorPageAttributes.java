package org.unesco.gnlc.shared.web;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;
import org.unesco.gnlc.shared.files.UploadedFiles;

/**
 * Adds to Spring Boot's error attributes the message key the error page explains itself
 * with, so every status a person can meet reads as a sentence in their language.
 */
@Component
class ErrorPageAttributes extends DefaultErrorAttributes {

	private static final Set<Integer> EXPLAINED = Set.of(400, 403, 404, 405, 409, 413);

	@Override
	public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
		Map<String, Object> attributes = super.getErrorAttributes(request, options);
		Object status = attributes.get("status");
		// Boot's "error" is the English reason phrase; the layout reads "error" as a
		// flash message key.
		attributes.remove("error");
		Object returnPage = request.getAttribute(ExpiredForms.RETURN_PAGE, RequestAttributes.SCOPE_REQUEST);
		attributes.put("messageKey", returnPage != null ? "error.expiredForm"
				: "error." + (status instanceof Integer code && EXPLAINED.contains(code) ? code : "other"));
		// The page to open again: the conflict's record, or the expired form's page.
		attributes.put("reload",
				returnPage != null ? returnPage : Integer.valueOf(409).equals(status) ? attributes.get("path") : null);
		// The page of an upload too large says how large a file may be.
		attributes.put("uploadLimit", UploadedFiles.LARGEST.toMegabytes());
		// The conflict and expired-form pages show what the person typed, for copying
		// (RequestErrors, ExpiredForms).
		Object typed = request.getAttribute(TypedText.ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
		attributes.put("typed", typed instanceof List<?> texts ? texts : List.of());
		return attributes;
	}

}
