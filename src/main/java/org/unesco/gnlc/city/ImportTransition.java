package org.unesco.gnlc.city;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;
import org.unesco.gnlc.shared.security.Actor;
import org.unesco.gnlc.shared.timeline.StateStep;

/**
 * One step on an import's timeline; the comment of "invitations sent" is how many went.
 */
@Entity
@Table(name = "city_import_transition")
class ImportTransition extends StateStep<CityImport.State> {

	protected ImportTransition() {
	}

	ImportTransition(CityImport.@Nullable State from, CityImport.State to, Actor actor, Instant at,
			@Nullable String comment) {
		super(from, to, actor, at, comment);
	}

}
