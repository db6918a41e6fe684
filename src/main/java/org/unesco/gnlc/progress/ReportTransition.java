package org.unesco.gnlc.progress;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;
import org.unesco.gnlc.shared.security.Actor;
import org.unesco.gnlc.shared.timeline.StateStep;

/** One step on a report's timeline: who moved it, when, from where to where, and why. */
@Entity
@Table(name = "progress_transition")
class ReportTransition extends StateStep<ReportState> {

	protected ReportTransition() {
	}

	ReportTransition(@Nullable ReportState from, ReportState to, Actor actor, Instant at, @Nullable String comment) {
		super(from, to, actor, at, comment);
	}

}
