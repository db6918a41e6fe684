package org.unesco.gnlc.membership;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a membership application stands. DRAFT → SUBMITTED → (RETURNED → DRAFT) |
 * ENDORSED | NOT_ENDORSED; ENDORSED → APPROVED | REJECTED | RETURNED; before a decision →
 * WITHDRAWN.
 */
public enum ApplicationState {

	DRAFT, SUBMITTED, RETURNED, ENDORSED, NOT_ENDORSED, APPROVED, REJECTED, WITHDRAWN;

	/** States in which a city has an application under way (one at a time). */
	static final Set<ApplicationState> OPEN = EnumSet.of(DRAFT, SUBMITTED, RETURNED, ENDORSED);

	public boolean isOpen() {
		return OPEN.contains(this);
	}

	/** The city edits its answers only while it holds the application. */
	boolean isEditableByCity() {
		return this == DRAFT || this == RETURNED;
	}

	public String messageKey() {
		return "membership.state." + name();
	}

}
