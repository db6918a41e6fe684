package org.unesco.gnlc.shared.timeline;

import java.time.Instant;

import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;

import org.jspecify.annotations.Nullable;
import org.unesco.gnlc.shared.security.Actor;

/**
 * A timeline step that records a change of state: from where (none for the first step) to
 * where. Each feature's step entity names its own state type and keeps its own table.
 *
 * @param <S> the feature's state enum
 */
@MappedSuperclass
public abstract class StateStep<S extends Enum<S>> extends TimelineStep {

	@Enumerated(EnumType.STRING)
	private @Nullable S fromState;

	@Enumerated(EnumType.STRING)
	private S toState;

	protected StateStep() {
	}

	protected StateStep(@Nullable S from, S to, Actor actor, Instant at, @Nullable String comment) {
		super(actor, at, comment);
		this.fromState = from;
		this.toState = to;
	}

	public @Nullable S getFromState() {
		return fromState;
	}

	public S getToState() {
		return toState;
	}

}
