package org.unesco.gnlc.award;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;
import org.unesco.gnlc.shared.security.Actor;
import org.unesco.gnlc.shared.timeline.TimelineStep;

/** One step on a cycle's timeline: who opened the call, closed nominations, convened the jury, published. */
@Entity
@Table(name = "award_cycle_transition")
class CycleTransition extends TimelineStep {

	@Enumerated(EnumType.STRING)
	private @Nullable CycleState fromState;

	@Enumerated(EnumType.STRING)
	private CycleState toState;

	protected CycleTransition() {
	}

	CycleTransition(@Nullable CycleState from, CycleState to, Actor actor, Instant at, @Nullable String comment) {
		super(actor, at, comment);
		this.fromState = from;
		this.toState = to;
	}

	public @Nullable CycleState getFromState() {
		return fromState;
	}

	public CycleState getToState() {
		return toState;
	}

}
