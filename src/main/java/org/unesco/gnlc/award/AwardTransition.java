package org.unesco.gnlc.award;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;
import org.unesco.gnlc.shared.security.Role;

/** One step on an Award application's timeline: who moved it, when, from where to where, and why. */
@Entity
@Table(name = "award_transition")
class AwardTransition {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	private @Nullable ApplicationState fromState;

	@Enumerated(EnumType.STRING)
	private ApplicationState toState;

	private Instant at;

	private @Nullable Long actorId;

	private String actorName;

	@Enumerated(EnumType.STRING)
	private @Nullable Role actorRole;

	private @Nullable String comment;

	protected AwardTransition() {
	}

	AwardTransition(@Nullable ApplicationState from, ApplicationState to, Actor actor, Instant at, @Nullable String comment) {
		this.fromState = from;
		this.toState = to;
		this.actorId = actor.accountId();
		this.actorName = actor.name();
		this.actorRole = actor.role();
		this.at = at;
		this.comment = comment;
	}

	public @Nullable ApplicationState getFromState() {
		return fromState;
	}

	public ApplicationState getToState() {
		return toState;
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

}
