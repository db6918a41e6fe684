package org.unesco.gnlc.conference;

/** What was done. */
enum ChangeAction {

	IMPORTED, CREATED, UPDATED, DELETED, MOVED_UP, MOVED_DOWN, UPLOADED;

	public String messageKey() {
		return "conference.history.action." + name();
	}

}
