package org.unesco.gnlc.shared.files;

import java.util.List;

/** An upload the portal refuses; the message key says why in the reader's language. */
public class RejectedFileException extends RuntimeException {

	private final String messageKey;

	private final List<Object> arguments;

	RejectedFileException(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = List.of(arguments);
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments.toArray();
	}

}
