package org.unesco.gnlc.award;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;
import org.unesco.gnlc.shared.security.Actor;
import org.unesco.gnlc.shared.timeline.StateStep;

/**
 * One step on a cycle's timeline: who opened the call, closed nominations, convened the
 * jury, published.
 */
@Entity
@Table(name = "award_cycle_transition")
class CycleTransition extends StateStep<CycleState> {

	protected CycleTransition() {
	}

	CycleTransition(@Nullable CycleState from, CycleState to, Actor actor, Instant at, @Nullable String comment) {
		super(from, to, actor, at, comment);
	}

}
