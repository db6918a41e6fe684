package org.unesco.gnlc.shared.timeline;

import java.time.Instant;

import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;

import org.jspecify.annotations.Nullable;
import org.unesco.gnlc.shared.persistence.BaseEntity;
import org.unesco.gnlc.shared.security.Actor;
import org.unesco.gnlc.shared.security.Role;

/**
 * What every step on a record's timeline holds besides its states: when, who (id, name
 * and role at that moment) and the comment they wrote. Each feature's step entity adds
 * its from and to states through {@link StateStep} and its own table;
 * {@code fragments/timeline} shows them all alike.
 */
@MappedSuperclass
public abstract class TimelineStep extends BaseEntity {

	private Instant at;

	private @Nullable Long actorId;

	private String actorName;

	@Enumerated(EnumType.STRING)
	private @Nullable Role actorRole;

	private @Nullable String comment;

	protected TimelineStep() {
	}

	protected TimelineStep(Actor actor, Instant at, @Nullable String comment) {
		this.actorId = actor.accountId();
		this.actorName = actor.name();
		this.actorRole = actor.role();
		this.at = at;
		// A blank comment is none; the timeline and the mails show it without the spaces
		// typed around it.
		this.comment = comment == null || comment.isBlank() ? null : comment.strip();
	}

	public Instant getAt() {
		return at;
	}

	public String getActorName() {
		return actorName;
	}

	public @Nullable Role getActorRole() {
		return actorRole;
	}

	public @Nullable String getComment() {
		return comment;
	}

	/**
	 * For a step that records something other than a change of state (an expert group's
	 * recommendation), the message key that names it; {@code null} for a change of state.
	 */
	public @Nullable String getEventKey() {
		return null;
	}

}
