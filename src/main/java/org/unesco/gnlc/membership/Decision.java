package org.unesco.gnlc.membership;

import java.util.Arrays;

/**
 * The decisions on an application that cannot be taken back, each asked to be confirmed
 * on a page of its own that says what will happen and who will be told: the National
 * Commission's return and decline, UIL's return, approval and "do not admit".
 */
enum Decision {

	RETURN("return", "membership.returned"), DECLINE("decline", "membership.declined"),
	APPROVE("approve", "membership.approved"), REJECT("reject", "membership.rejected");

	private final String path;

	private final String doneMessage;

	Decision(String path, String doneMessage) {
		this.path = path;
		this.doneMessage = doneMessage;
	}

	static Decision byPath(String path) {
		return Arrays.stream(values())
			.filter(decision -> decision.path.equals(path))
			.findFirst()
			.orElseThrow(ApplicationViews::notFound);
	}

	/** The last part of the decision's address: /membership/applications/{id}/{path}. */
	public String path() {
		return path;
	}

	/**
	 * The prefix of its texts on the confirmation page: heading, what happens, who is
	 * told, button.
	 */
	public String messagePrefix() {
		return "membership.confirm." + name();
	}

	/** The message key that says the decision was taken. */
	String doneMessage() {
		return doneMessage;
	}

}
