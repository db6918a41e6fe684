package org.unesco.gnlc.conference;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.unesco.gnlc.shared.persistence.BaseEntity;

/**
 * A file attached to an outcome document (its bytes are in {@link AttachmentContent}).
 * Never edited.
 */
@Entity(name = "ConferenceAttachment")
@Table(name = "conference_attachment")
class Attachment extends BaseEntity {

	private long documentId;

	private String fileName;

	private String mediaType;

	private long sizeBytes;

	@Column(columnDefinition = "bpchar(64)")
	private String sha256;

	private Instant uploadedAt;

	private String uploadedBy;

	protected Attachment() {
	}

	Attachment(long documentId, String fileName, String mediaType, long sizeBytes, String sha256, Instant uploadedAt,
			String uploadedBy) {
		this.documentId = documentId;
		this.fileName = fileName;
		this.mediaType = mediaType;
		this.sizeBytes = sizeBytes;
		this.sha256 = sha256;
		this.uploadedAt = uploadedAt;
		this.uploadedBy = uploadedBy;
	}

	long documentId() {
		return documentId;
	}

	String fileName() {
		return fileName;
	}

	String mediaType() {
		return mediaType;
	}

	long sizeBytes() {
		return sizeBytes;
	}

}
