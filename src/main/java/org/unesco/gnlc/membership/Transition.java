package org.unesco.gnlc.membership;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;
import org.unesco.gnlc.membership.MembershipApplication.Recommendation;
import org.unesco.gnlc.shared.security.Actor;
import org.unesco.gnlc.shared.timeline.StateStep;

/**
 * One step on an application's timeline: who moved it, when, from where to where, and
 * why.
 */
@Entity
@Table(name = "membership_transition")
class Transition extends StateStep<ApplicationState> {

	/**
	 * On a step that records the expert group's recommendation (the state stays as it
	 * is).
	 */
	@Enumerated(EnumType.STRING)
	private @Nullable Recommendation recommendation;

	protected Transition() {
	}

	/** The expert group's recommendation, recorded by UIL; the note is UIL's own. */
	static Transition recommendation(ApplicationState state, Recommendation recommendation, Actor reviewer, Instant at,
			@Nullable String note) {
		Transition step = new Transition(state, state, reviewer, at, note);
		step.recommendation = recommendation;
		return step;
	}

	Transition(@Nullable ApplicationState from, ApplicationState to, Actor actor, Instant at,
			@Nullable String comment) {
		super(from, to, actor, at, comment);
	}

	@Override
	public @Nullable String getEventKey() {
		return recommendation == null ? null : "membership.timeline.recommendation." + recommendation.name();
	}

	/** A step only UIL sees: the experts' recommendation stays internal. */
	boolean isInternal() {
		return recommendation != null;
	}

}
