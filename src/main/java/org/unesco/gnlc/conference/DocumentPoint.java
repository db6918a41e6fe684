package org.unesco.gnlc.conference;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.OptimisticLock;
import org.jspecify.annotations.Nullable;
import org.unesco.gnlc.shared.persistence.BaseEntity;

/**
 * One structured point of a document, e.g. strategic direction 4 of a statement, in a
 * section.
 */
@Entity(name = "ConferenceDocumentPoint")
@Table(name = "conference_document_point")
class DocumentPoint extends BaseEntity {

	private long documentId;

	private @Nullable String section;

	private @Nullable String label;

	private @Nullable String heading;

	private String text;

	/**
	 * Reordering is not an edit of the item: it does not change the version editors saw.
	 */
	@OptimisticLock(excluded = true)
	private int position;

	@Version
	private long version;

	protected DocumentPoint() {
	}

	DocumentPoint(long documentId, int position) {
		this.documentId = documentId;
		this.position = position;
	}

	FieldChanges apply(@Nullable String newSection, @Nullable String newLabel, @Nullable String newHeading,
			String newText) {
		FieldChanges changes = new FieldChanges();
		section = changes.set("section", section, newSection);
		label = changes.set("label", label, newLabel);
		heading = changes.set("heading", heading, newHeading);
		text = changes.set("text", text, newText);
		return changes;
	}

	void moveTo(int newPosition) {
		this.position = newPosition;
	}

	void swapPositionWith(DocumentPoint other) {
		int mine = position;
		position = other.position;
		other.position = mine;
	}

	long documentId() {
		return documentId;
	}

	@Nullable String section() {
		return section;
	}

	@Nullable String label() {
		return label;
	}

	@Nullable String heading() {
		return heading;
	}

	String text() {
		return text;
	}

	int position() {
		return position;
	}

	long version() {
		return version;
	}

	/** How the history names the point: “Calls to action 3”. */
	String displayLabel() {
		String where = section != null ? section : "";
		String which = label != null ? label : String.valueOf(position);
		return (where + " " + which).strip();
	}

}
