package org.unesco.gnlc.conference;

/** Whether a conference has taken place or is still to come. */
enum ConferenceStatus {

	PLANNED, HELD;

	public String messageKey() {
		return "conference.status." + name();
	}

}
