package org.unesco.gnlc.shared.timeline;

import java.util.List;

import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A record whose life is a state machine kept on a timeline: its id, its current state
 * (column {@code state}), its version for concurrent editors (column {@code version}),
 * and the one way its state changes, by recording a step. Everything else stays with the
 * feature: the guards of its state machine, its step entity with its own table and join
 * column, and the event it registers for whoever acts next.
 *
 * @param <A> the record itself, for its events
 * @param <S> the feature's state enum
 */
@MappedSuperclass
public abstract class AggregateWithTimeline<A extends AggregateWithTimeline<A, S>, S extends Enum<S>>
		extends AbstractAggregateRoot<A> {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	private S state;

	@Version
	private long version;

	protected AggregateWithTimeline() {
	}

	/**
	 * Adds the step to the timeline and takes its state: the only place where the state
	 * changes, so that the timeline always ends in the current state.
	 * @return the step, for the event the feature registers
	 */
	protected final <T extends StateStep<S>> T record(List<T> timeline, T step) {
		timeline.add(step);
		this.state = step.getToState();
		return step;
	}

	public Long id() {
		return id;
	}

	public S state() {
		return state;
	}

	public long version() {
		return version;
	}

}
