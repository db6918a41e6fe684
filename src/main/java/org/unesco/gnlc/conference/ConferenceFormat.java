package org.unesco.gnlc.conference;

/** How participants took part: on site, on site and online, or online only. */
enum ConferenceFormat {

	IN_PERSON, HYBRID, ONLINE;

	public String messageKey() {
		return "conference.format." + name();
	}

}
