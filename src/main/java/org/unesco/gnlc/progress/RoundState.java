package org.unesco.gnlc.progress;

/**
 * Where a reporting round stands: PLANNED → OPEN (its deadline may be extended) → CLOSED.
 */
public enum RoundState {

	PLANNED, OPEN, CLOSED;

	public String messageKey() {
		return "progress.round.state." + name();
	}

}
