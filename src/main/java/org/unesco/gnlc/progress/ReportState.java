package org.unesco.gnlc.progress;

/**
 * Where a city's report stands: DRAFT → SUBMITTED → ACCEPTED, or SUBMITTED → RETURNED
 * (for completion) → SUBMITTED again.
 */
public enum ReportState {

	DRAFT, SUBMITTED, RETURNED, ACCEPTED;

	/** The city edits its answers only while it holds the report. */
	boolean isEditableByCity() {
		return this == DRAFT || this == RETURNED;
	}

	/** Submitted or accepted: nothing is missing from the city. */
	boolean isIn() {
		return this == SUBMITTED || this == ACCEPTED;
	}

	public String messageKey() {
		return "progress.state." + name();
	}

}
