package org.unesco.gnlc.conference;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.unesco.gnlc.conference.ConferenceRecords.RoleRow;
import org.unesco.gnlc.reference.UnescoRegion;

/**
 * A person in a role: the session (none for the bureau), the person (their address or
 * exact name), the role, the region a vice-chair represents, the affiliation given for
 * that role, the city the person represents (its profile address) and what they
 * contributed.
 */
record ParticipationForm(@Nullable Long sessionId, @NotBlank @Size(max = 200) @Nullable String person,
		@NotNull @Nullable ParticipationRole role, @Nullable UnescoRegion region,
		@Size(max = 500) @Nullable String affiliation, @Size(max = 200) @Nullable String city,
		@Size(max = 4000) @Nullable String contribution, long version) {

	static ParticipationForm inSession(@Nullable Long sessionId) {
		return new ParticipationForm(sessionId, null,
				sessionId == null ? ParticipationRole.DRAFTING_COMMITTEE_MEMBER : ParticipationRole.KEYNOTE_SPEAKER,
				null, null, null, null, 0);
	}

	static ParticipationForm of(RoleRow role) {
		return new ParticipationForm(role.sessionId(), role.person().slug(), role.role(), role.region(),
				role.affiliation(), role.city() == null ? null : role.city().slug(), role.contribution(),
				role.version());
	}

}
