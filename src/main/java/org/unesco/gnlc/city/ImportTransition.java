package org.unesco.gnlc.city;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;
import org.unesco.gnlc.shared.security.Actor;
import org.unesco.gnlc.shared.timeline.TimelineStep;

/** One step on an import's timeline; the comment of "invitations sent" is how many went. */
@Entity
@Table(name = "city_import_transition")
class ImportTransition extends TimelineStep {

	@Enumerated(EnumType.STRING)
	private CityImport.@Nullable State fromState;

	@Enumerated(EnumType.STRING)
	private CityImport.State toState;

	protected ImportTransition() {
	}

	ImportTransition(CityImport.@Nullable State from, CityImport.State to, Actor actor, Instant at,
			@Nullable String comment) {
		super(actor, at, comment);
		this.fromState = from;
		this.toState = to;
	}

	public CityImport.@Nullable State getFromState() {
		return fromState;
	}

	public CityImport.State getToState() {
		return toState;
	}

}
