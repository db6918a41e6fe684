package org.unesco.gnlc.conference;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of an attachment, loaded only to be downloaded. */
@Entity(name = "ConferenceAttachmentContent")
@Table(name = "conference_attachment_content")
class AttachmentContent {

	@Id
	private Long attachmentId;

	private byte[] content;

	protected AttachmentContent() {
	}

	AttachmentContent(long attachmentId, byte[] content) {
		this.attachmentId = attachmentId;
		this.content = content;
	}

	byte[] content() {
		return content;
	}

}
