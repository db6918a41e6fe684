package org.unesco.gnlc.award;

/**
 * Where an Award cycle stands. Past cycles are PUBLISHED; the application workflow (a later
 * feature) moves a new cycle from PLANNED through the call, nominations, review and jury.
 */
public enum CycleState {

	PLANNED, OPEN, NOMINATION, REVIEW, JURY, PUBLISHED;

	public String messageKey() {
		return "award.state." + name();
	}

}
