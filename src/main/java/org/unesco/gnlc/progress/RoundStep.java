package org.unesco.gnlc.progress;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;
import org.unesco.gnlc.shared.security.Actor;
import org.unesco.gnlc.shared.timeline.TimelineStep;

/** One step on a round's timeline: opened, extended (with the old and new deadline), closed. */
@Entity
@Table(name = "progress_round_step")
class RoundStep extends TimelineStep {

	@Enumerated(EnumType.STRING)
	private @Nullable RoundState fromState;

	@Enumerated(EnumType.STRING)
	private RoundState toState;

	protected RoundStep() {
	}

	RoundStep(@Nullable RoundState from, RoundState to, Actor actor, Instant at, @Nullable String comment) {
		super(actor, at, comment);
		this.fromState = from;
		this.toState = to;
	}

	public @Nullable RoundState getFromState() {
		return fromState;
	}

	public RoundState getToState() {
		return toState;
	}

}
