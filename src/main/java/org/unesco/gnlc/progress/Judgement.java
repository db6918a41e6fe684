package org.unesco.gnlc.progress;

/** UIL's judgement of what a report shows for one area of focus. */
public enum Judgement {

	WELL_EVIDENCED, IN_PROGRESS, NOT_EVIDENCED;

	public String messageKey() {
		return "progress.judgement." + name();
	}

}
