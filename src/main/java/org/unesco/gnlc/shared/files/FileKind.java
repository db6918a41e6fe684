package org.unesco.gnlc.shared.files;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The kinds of file the portal accepts, by the media type their content shows. */
public enum FileKind {

	PDF("application/pdf", "pdf"), JPEG("image/jpeg", "jpg", "jpeg"), PNG("image/png", "png"), GIF("image/gif", "gif"),
	WEBP("image/webp", "webp"), DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
	CSV("text/csv", "csv"), XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

	/** What a table of data to import may be. */
	public static final Set<FileKind> TABLES = Set.of(CSV, XLSX);

	/** What a scan of a signed paper may be. */
	public static final Set<FileKind> SCANS = Set.of(PDF, JPEG, PNG);

	/**
	 * What a document for people to read may be: never a table of data, which plain text
	 * would pass for.
	 */
	public static final Set<FileKind> DOCUMENTS = Set.of(PDF, JPEG, PNG, GIF, WEBP, DOCX);

	private final String mediaType;

	private final List<String> extensions;

	FileKind(String mediaType, String... extensions) {
		this.mediaType = mediaType;
		this.extensions = List.of(extensions);
	}

	public String mediaType() {
		return mediaType;
	}

	/**
	 * The extension a file of this kind is given; the others are accepted in names too.
	 */
	public String extension() {
		return extensions.get(0);
	}

	List<String> extensions() {
		return extensions;
	}

	public static Optional<FileKind> ofMediaType(String mediaType) {
		return Arrays.stream(values()).filter(kind -> kind.mediaType.equals(mediaType)).findFirst();
	}

}
