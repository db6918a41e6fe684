package org.unesco.gnlc.conference;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.unesco.gnlc.shared.files.FileKind;
import org.unesco.gnlc.shared.files.UploadedFiles;

/**
 * Checks an uploaded file before it is stored: not empty, not too large, and of an
 * accepted type judged by its content (PDF, Word DOCX, PNG, JPEG, GIF, WebP), whatever
 * its name claims. Its name is cleaned (no path, no control or direction characters) and
 * given the extension of its type.
 */
@Component
class AttachmentInspector {

	static final String PDF = FileKind.PDF.mediaType();

	static final String DOCX = FileKind.DOCX.mediaType();

	private final UploadedFiles files;

	private final long maxBytes;

	AttachmentInspector(UploadedFiles files, @Value("${gnlc.conference.max-attachment-bytes:10485760}") long maxBytes) {
		this.files = files;
		this.maxBytes = maxBytes;
	}

	/** A file that passed: its clean name and its type by content. */
	record Inspected(String fileName, String mediaType) {
	}

	long maxBytes() {
		return maxBytes;
	}

	/**
	 * Every kind of document the portal knows is accepted for an outcome document's
	 * attachment.
	 */
	Inspected inspect(@Nullable String originalName, byte[] content) {
		if (content.length == 0) {
			throw EditRejected.at("file", "conference.error.fileEmpty");
		}
		if (content.length > maxBytes) {
			throw EditRejected.at("file", "conference.error.fileTooLarge", maxBytes / (1024 * 1024));
		}
		FileKind kind = files.kindOf(content)
			.filter(FileKind.DOCUMENTS::contains)
			.orElseThrow(() -> EditRejected.at("file", "conference.error.fileType"));
		return new Inspected(UploadedFiles.cleanName(originalName, kind), kind.mediaType());
	}

}
