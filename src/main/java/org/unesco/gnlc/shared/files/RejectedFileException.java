package org.unesco.gnlc.shared.files;

import org.unesco.gnlc.shared.web.RefusedActionException;

/** An upload the portal refuses; the message key says why in the reader's language. */
public class RejectedFileException extends RefusedActionException {

	RejectedFileException(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}

	@Override
	public boolean ofUploadedFile() {
		return true;
	}

}
