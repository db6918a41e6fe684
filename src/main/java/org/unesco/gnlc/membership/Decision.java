package org.unesco.gnlc.membership;

/**
 * The decisions on an application that cannot be taken back, each asked to be confirmed
 * on a page of its own that says what will happen and who will be told: the National
 * Commission's return and decline, UIL's return, approval and "do not admit".
 */
enum Decision {

	RETURN("return"), DECLINE("decline"), APPROVE("approve"), REJECT("reject");

	private final String path;

	Decision(String path) {
		this.path = path;
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

}
