package org.unesco.gnlc.award;

/**
 * Where an Award cycle stands. PLANNED while UIL sets it up; OPEN while cities apply
 * (until the city deadline) and National Commissions nominate (until the nomination
 * deadline), with review starting as nominations arrive; REVIEW once nominations are
 * closed, until UIL sends its shortlist to the jury; JURY while the jury votes and UIL
 * records the selection; PUBLISHED once the recipients are announced. Past cycles are
 * PUBLISHED.
 */
public enum CycleState {

	PLANNED, OPEN, REVIEW, JURY, PUBLISHED;

	public String messageKey() {
		return "award.state." + name();
	}

}
