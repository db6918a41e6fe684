package org.unesco.gnlc.membership;

import java.util.List;

/**
 * An action the application's rules do not allow now (wrong state, missing section, closed
 * call, quota reached). Shown to the person on the page they came from, in their language.
 */
class MembershipException extends RuntimeException {

	private final String messageKey;

	private final List<Object> arguments;

	MembershipException(String messageKey, Object... arguments) {
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
