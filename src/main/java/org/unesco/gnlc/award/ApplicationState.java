package org.unesco.gnlc.award;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a city's Award application stands. DRAFT → SUBMITTED → NOMINATED | NOT_NOMINATED;
 * NOMINATED → SHORTLISTED | NOT_SHORTLISTED (and back from the shortlist while UIL reviews);
 * SHORTLISTED → AWARDED | NOT_AWARDED; WITHDRAWN before nomination.
 */
public enum ApplicationState {

	DRAFT, SUBMITTED, NOMINATED, NOT_NOMINATED, SHORTLISTED, NOT_SHORTLISTED, AWARDED, NOT_AWARDED, WITHDRAWN;

	/** States in which the city may still withdraw: before its National Commission nominates it. */
	static final Set<ApplicationState> WITHDRAWABLE = EnumSet.of(DRAFT, SUBMITTED);

	/** Applications UIL has received from the National Commissions. */
	static final Set<ApplicationState> NOMINATIONS = EnumSet.of(NOMINATED, SHORTLISTED, NOT_SHORTLISTED, AWARDED,
			NOT_AWARDED);

	public boolean isNominated() {
		return NOMINATIONS.contains(this);
	}

	public String messageKey() {
		return "award.application.state." + name();
	}

}
