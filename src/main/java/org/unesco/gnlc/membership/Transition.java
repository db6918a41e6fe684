package org.unesco.gnlc.membership;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;
import org.unesco.gnlc.shared.security.Actor;
import org.unesco.gnlc.shared.timeline.TimelineStep;

/** One step on an application's timeline: who moved it, when, from where to where, and why. */
@Entity
@Table(name = "membership_transition")
class Transition extends TimelineStep {

	@Enumerated(EnumType.STRING)
	private @Nullable ApplicationState fromState;

	@Enumerated(EnumType.STRING)
	private ApplicationState toState;

	protected Transition() {
	}

	Transition(@Nullable ApplicationState from, ApplicationState to, Actor actor, Instant at, @Nullable String comment) {
		super(actor, at, comment);
		this.fromState = from;
		this.toState = to;
	}

	public @Nullable ApplicationState getFromState() {
		return fromState;
	}

	public ApplicationState getToState() {
		return toState;
	}

}
