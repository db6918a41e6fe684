package org.unesco.gnlc.progress;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;
import org.unesco.gnlc.shared.security.Actor;
import org.unesco.gnlc.shared.timeline.TimelineStep;

/** One step on a report's timeline: who moved it, when, from where to where, and why. */
@Entity
@Table(name = "progress_transition")
class ReportTransition extends TimelineStep {

	@Enumerated(EnumType.STRING)
	private @Nullable ReportState fromState;

	@Enumerated(EnumType.STRING)
	private ReportState toState;

	protected ReportTransition() {
	}

	ReportTransition(@Nullable ReportState from, ReportState to, Actor actor, Instant at, @Nullable String comment) {
		super(actor, at, comment);
		this.fromState = from;
		this.toState = to;
	}

	public @Nullable ReportState getFromState() {
		return fromState;
	}

	public ReportState getToState() {
		return toState;
	}

}
