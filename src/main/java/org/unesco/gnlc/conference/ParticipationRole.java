package org.unesco.gnlc.conference;

import java.util.Arrays;
import java.util.List;

/**
 * What a person did at a conference: a role in a session, or a place in the conference's
 * bureau (which belongs to no session).
 */
enum ParticipationRole {

	CHAIR(false), MODERATOR(false), KEYNOTE_SPEAKER(false), PANELLIST(false), SPEAKER(false), RAPPORTEUR(false),
	AWARD_PRESENTER(false), AWARD_RECIPIENT(false), CONFERENCE_CHAIR(true), DEPUTY_CHAIR(true), VICE_CHAIR(true),
	SECRETARY_GENERAL(true), GENERAL_RAPPORTEUR(true), DRAFTING_COMMITTEE_CHAIR(true), DRAFTING_COMMITTEE_MEMBER(true);

	private final boolean bureau;

	ParticipationRole(boolean bureau) {
		this.bureau = bureau;
	}

	/** A role in the bureau of the conference, held outside any session. */
	boolean bureau() {
		return bureau;
	}

	boolean draftingCommittee() {
		return this == DRAFTING_COMMITTEE_CHAIR || this == DRAFTING_COMMITTEE_MEMBER;
	}

	public String messageKey() {
		return "conference.role." + name();
	}

	static List<ParticipationRole> sessionRoles() {
		return Arrays.stream(values()).filter(role -> !role.bureau).toList();
	}

	static List<ParticipationRole> bureauRoles() {
		return Arrays.stream(values()).filter(ParticipationRole::bureau).toList();
	}

}
