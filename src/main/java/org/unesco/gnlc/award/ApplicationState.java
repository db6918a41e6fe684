package org.unesco.gnlc.award;

import java.util.EnumSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Where a city's Award application stands. DRAFT → SUBMITTED → NOMINATED | NOT_NOMINATED;
 * NOMINATED → SHORTLISTED | NOT_SHORTLISTED (and back from the shortlist while UIL
 * reviews); SHORTLISTED → AWARDED | NOT_AWARDED; WITHDRAWN before nomination.
 */
public enum ApplicationState {

	DRAFT, SUBMITTED, NOMINATED, NOT_NOMINATED, SHORTLISTED, NOT_SHORTLISTED, AWARDED, NOT_AWARDED, WITHDRAWN;

	/**
	 * States in which the city may still withdraw: before its National Commission
	 * nominates it.
	 */
	static final Set<ApplicationState> WITHDRAWABLE = EnumSet.of(DRAFT, SUBMITTED);

	/** Applications UIL has received from the National Commissions. */
	static final Set<ApplicationState> NOMINATIONS = EnumSet.of(NOMINATED, SHORTLISTED, NOT_SHORTLISTED, AWARDED,
			NOT_AWARDED);

	public boolean isNominated() {
		return NOMINATIONS.contains(this);
	}

	/**
	 * This state as the city sees it: its own steps (draft, with the National Commission,
	 * nominated and received by UIL or not nominated, withdrawn), and once the recipients
	 * are published, the result. UIL's review, shortlist and the jury stay internal until
	 * then.
	 */
	ApplicationState seenByCity(boolean published) {
		return switch (this) {
			case DRAFT, SUBMITTED, NOT_NOMINATED, WITHDRAWN -> this;
			case NOMINATED, SHORTLISTED -> published ? NOT_AWARDED : NOMINATED;
			case NOT_SHORTLISTED, AWARDED, NOT_AWARDED -> published ? this : NOMINATED;
		};
	}

	/** Whether the city sees a step into this state from that one before publication. */
	static boolean isCitysOwnStep(@Nullable ApplicationState from, ApplicationState to) {
		return switch (to) {
			case DRAFT, SUBMITTED, NOT_NOMINATED, WITHDRAWN -> true;
			case NOMINATED -> from == SUBMITTED;
			default -> false;
		};
	}

	public String messageKey() {
		return "award.application.state." + name();
	}

}
