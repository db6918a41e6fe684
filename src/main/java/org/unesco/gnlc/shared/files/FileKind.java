package org.unesco.gnlc.shared.files;

import java.util.Set;

/** The kinds of file the portal accepts, by the media type their content shows. */
public enum FileKind {

	PDF("application/pdf"), JPEG("image/jpeg"), PNG("image/png"),
	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

	/** What a scan of a signed paper may be. */
	public static final Set<FileKind> SCANS = Set.of(PDF, JPEG, PNG);

	private final String mediaType;

	FileKind(String mediaType) {
		this.mediaType = mediaType;
	}

	public String mediaType() {
		return mediaType;
	}

}
