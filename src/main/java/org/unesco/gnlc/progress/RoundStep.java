package org.unesco.gnlc.progress;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;
import org.unesco.gnlc.shared.security.Actor;
import org.unesco.gnlc.shared.timeline.StateStep;

/**
 * One step on a round's timeline: opened, extended (with the old and new deadline),
 * closed.
 */
@Entity
@Table(name = "progress_round_step")
class RoundStep extends StateStep<RoundState> {

	protected RoundStep() {
	}

	RoundStep(@Nullable RoundState from, RoundState to, Actor actor, Instant at, @Nullable String comment) {
		super(from, to, actor, at, comment);
	}

}
