package org.unesco.gnlc.conference;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;
import org.unesco.gnlc.reference.UnescoRegion;

import org.unesco.gnlc.shared.persistence.BaseEntity;

/**
 * A person in a role at a conference: in a session (moderator, keynote speaker, award
 * recipient for a city, ...) or, without a session, in the conference's bureau.
 */
@Entity(name = "ConferenceParticipation")
@Table(name = "conference_participation")
class Participation extends BaseEntity {

	private long conferenceId;

	private @Nullable Long sessionId;

	private long personId;

	@Enumerated(EnumType.STRING)
	private ParticipationRole role;

	@Enumerated(EnumType.STRING)
	private @Nullable UnescoRegion region;

	private @Nullable String affiliation;

	private @Nullable Long cityId;

	private @Nullable String contribution;

	private int position;

	@Version
	private long version;

	protected Participation() {
	}

	Participation(long conferenceId, int position) {
		this.conferenceId = conferenceId;
		this.position = position;
	}

	FieldChanges apply(@Nullable Long newSessionId, long newPersonId, ParticipationRole newRole,
			@Nullable UnescoRegion newRegion, @Nullable String newAffiliation, @Nullable Long newCityId,
			@Nullable String newContribution) {
		FieldChanges changes = new FieldChanges();
		sessionId = changes.set("session", sessionId, newSessionId);
		personId = changes.set("person", personId, newPersonId);
		role = changes.set("role", role, newRole);
		region = changes.set("region", region, newRegion);
		affiliation = changes.set("affiliation", affiliation, newAffiliation);
		cityId = changes.set("city", cityId, newCityId);
		contribution = changes.set("contribution", contribution, newContribution);
		return changes;
	}

	long conferenceId() {
		return conferenceId;
	}

	@Nullable Long sessionId() {
		return sessionId;
	}

	long personId() {
		return personId;
	}

	ParticipationRole role() {
		return role;
	}

	@Nullable UnescoRegion region() {
		return region;
	}

	@Nullable String affiliation() {
		return affiliation;
	}

	@Nullable Long cityId() {
		return cityId;
	}

	@Nullable String contribution() {
		return contribution;
	}

	long version() {
		return version;
	}

}
