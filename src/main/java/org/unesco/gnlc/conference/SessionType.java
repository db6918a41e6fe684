package org.unesco.gnlc.conference;

/** The kinds of session of a conference, in the order a record lists them. */
enum SessionType {

	OPENING_CEREMONY(false), AWARD_CEREMONY(false), PLENARY(true), MAYORS_FORUM(false), THEMATIC_FORUM(true),
	REGIONAL_FORUM(true), CLOSING_CEREMONY(false), OTHER(false);

	private final boolean numbered;

	SessionType(boolean numbered) {
		this.numbered = numbered;
	}

	/** Sessions of this type are usually numbered (Plenary Session 1, 2, 3). */
	boolean numbered() {
		return numbered;
	}

	public String messageKey() {
		return "conference.sessionType." + name();
	}

}
