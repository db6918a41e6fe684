package org.unesco.gnlc.shared.web;

import org.jspecify.annotations.Nullable;

/**
 * An action the rules of a record do not allow now (a wrong state, a missing section, a
 * closed call, a quota reached, a conflict of interest, a second vote). Nothing was
 * changed. The one error handler of the portal ({@code RequestErrors}) sends the person
 * back to the page they came from, where the message key (with its arguments) says why in
 * their language.
 */
public class RefusedActionException extends RuntimeException {

	private final String messageKey;

	private final @Nullable Object[] arguments;

	public RefusedActionException(String messageKey, @Nullable Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
	}

	public String messageKey() {
		return messageKey;
	}

	public @Nullable Object[] arguments() {
		return arguments.clone();
	}

	/**
	 * Whether the refusal is of an uploaded file, which the page shows at its file field.
	 */
	public boolean ofUploadedFile() {
		return false;
	}

}
