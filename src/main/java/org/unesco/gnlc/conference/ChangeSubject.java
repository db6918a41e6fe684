package org.unesco.gnlc.conference;

/** What part of a record a change concerns. */
enum ChangeSubject {

	CONFERENCE, AGENDA_ITEM, SESSION, PARTICIPATION, PERSON, DOCUMENT, POINT, ATTACHMENT;

	public String messageKey() {
		return "conference.history.subject." + name();
	}

}
