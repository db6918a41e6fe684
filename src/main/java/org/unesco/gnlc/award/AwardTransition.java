package org.unesco.gnlc.award;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;
import org.unesco.gnlc.shared.security.Actor;
import org.unesco.gnlc.shared.timeline.StateStep;

/**
 * One step on an Award application's timeline: who moved it, when, from where to where,
 * and why.
 */
@Entity
@Table(name = "award_transition")
class AwardTransition extends StateStep<ApplicationState> {

	protected AwardTransition() {
	}

	AwardTransition(@Nullable ApplicationState from, ApplicationState to, Actor actor, Instant at,
			@Nullable String comment) {
		super(from, to, actor, at, comment);
	}

}
