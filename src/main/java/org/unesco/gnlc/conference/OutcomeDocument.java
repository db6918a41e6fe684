package org.unesco.gnlc.conference;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;
import org.unesco.gnlc.shared.persistence.BaseEntity;

/** A declaration, statement, set of guidelines ... adopted or issued at a conference. */
@Entity(name = "ConferenceDocument")
@Table(name = "conference_document")
class OutcomeDocument extends BaseEntity {

	private long conferenceId;

	@Enumerated(EnumType.STRING)
	private DocumentType type;

	private String title;

	private @Nullable LocalDate adoptedOn;

	private @Nullable String summary;

	private int position;

	@Version
	private long version;

	protected OutcomeDocument() {
	}

	OutcomeDocument(long conferenceId, int position) {
		this.conferenceId = conferenceId;
		this.position = position;
	}

	FieldChanges apply(DocumentType newType, String newTitle, @Nullable LocalDate newAdoptedOn,
			@Nullable String newSummary) {
		FieldChanges changes = new FieldChanges();
		type = changes.set("type", type, newType);
		title = changes.set("title", title, newTitle);
		adoptedOn = changes.set("adoptedOn", adoptedOn, newAdoptedOn);
		summary = changes.set("summary", summary, newSummary);
		return changes;
	}

	long conferenceId() {
		return conferenceId;
	}

	DocumentType type() {
		return type;
	}

	String title() {
		return title;
	}

	@Nullable LocalDate adoptedOn() {
		return adoptedOn;
	}

	@Nullable String summary() {
		return summary;
	}

	long version() {
		return version;
	}

}
