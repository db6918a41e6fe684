package org.unesco.gnlc.award;

import java.util.List;

/**
 * An action the Award's rules do not allow now (ineligible city, missing consent form, quota
 * reached, a conflict of interest, a second vote). Shown on the page the person came from, in
 * their language; nothing was changed.
 */
class AwardException extends RuntimeException {

	private final String messageKey;

	private final List<Object> arguments;

	AwardException(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = List.of(arguments);
	}

	String messageKey() {
		return messageKey;
	}

	List<Object> arguments() {
		return arguments;
	}

}
