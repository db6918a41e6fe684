package org.unesco.gnlc.membership;

/** What the task list says of a section or step. */
public enum SectionStatus {

	NOT_STARTED, IN_PROGRESS, COMPLETED, CANNOT_START_YET;

	public String messageKey() {
		return "membership.status." + name();
	}

}
