package org.unesco.gnlc.shared.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.tika.Tika;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

/**
 * Checks an upload before anything is stored: it is not empty, not larger than allowed,
 * and its content (magic bytes, read by Apache Tika; a Word document's package read by
 * POI) is one of the accepted kinds whatever its name says. The file name is cleaned so
 * that it is safe in a download header and on any disk, accents kept.
 */
@Component
public class UploadedFiles {

	private static final String DOCX_MAIN_PART = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

	private static final String XLSX_MAIN_PART = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

	private static final int LONGEST_NAME = 120;

	/**
	 * The portal's limit for one uploaded file, refused with a message on the form. The
	 * servlet container's multipart limits (application.properties) sit above it, so that
	 * such a file still arrives with its form; beyond those, the form's page gets this
	 * limit's error all the same, with what was typed (shared.web.OversizedForm).
	 */
	public static final DataSize LARGEST = DataSize.ofMegabytes(10);

	private final Tika tika = new Tika();

	/** Checks an upload against the portal's limit ({@link #LARGEST}). */
	public CheckedFile check(@Nullable MultipartFile upload, Set<FileKind> accepted) {
		return check(upload, accepted, LARGEST);
	}

	public CheckedFile check(@Nullable MultipartFile upload, Set<FileKind> accepted, DataSize largest) {
		if (upload == null || upload.isEmpty()) {
			throw new RejectedFileException("file.error.empty");
		}
		if (upload.getSize() > largest.toBytes()) {
			throw new RejectedFileException("file.error.tooLarge", largest.toMegabytes());
		}
		byte[] content;
		try {
			content = upload.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		FileKind kind = kindOf(content).filter(accepted::contains)
			.orElseThrow(() -> new RejectedFileException("file.error.wrongType",
					accepted.stream().map(Enum::name).sorted().collect(Collectors.joining(", "))));
		return new CheckedFile(cleanName(upload.getOriginalFilename(), kind), kind, content, sha256(content));
	}

	/** The kind the content shows, judged by the bytes only: the name plays no part. */
	public Optional<FileKind> kindOf(byte[] content) {
		String detected = tika.detect(content);
		Optional<FileKind> kind = FileKind.ofMediaType(detected)
			.filter(found -> found != FileKind.DOCX && found != FileKind.XLSX);
		if (kind.isPresent()) {
			return kind;
		}
		if (detected.equals("text/plain")) {
			// Text without a kind of its own: a table of values separated by commas or
			// semicolons.
			return Optional.of(FileKind.CSV);
		}
		boolean zipPackage = detected.equals(FileKind.DOCX.mediaType()) || detected.equals(FileKind.XLSX.mediaType())
				|| detected.equals("application/x-tika-ooxml") || detected.equals("application/zip");
		if (!zipPackage) {
			return Optional.empty();
		}
		if (hasMainPart(content, DOCX_MAIN_PART)) {
			return Optional.of(FileKind.DOCX);
		}
		return hasMainPart(content, XLSX_MAIN_PART) ? Optional.of(FileKind.XLSX) : Optional.empty();
	}

	/**
	 * A DOCX is a ZIP package whose main part is a Word document, an XLSX one whose main
	 * part is a workbook (neither macro-enabled).
	 */
	private static boolean hasMainPart(byte[] content, String contentType) {
		try (OPCPackage office = OPCPackage.open(new ByteArrayInputStream(content))) {
			return !office.getPartsByContentType(contentType).isEmpty();
		}
		catch (Exception | Error notSuchADocument) {
			return false;
		}
	}

	/**
	 * Keeps the last part of the name, without control, format or shell characters, with
	 * the extension of its true kind: "../../Mexico\nStatement.PDF" of a PDF becomes
	 * "Mexico Statement.pdf".
	 */
	public static String cleanName(@Nullable String originalName, FileKind kind) {
		String name = originalName == null ? "" : originalName.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1);
		name = Normalizer.normalize(name, Normalizer.Form.NFC);
		StringBuilder kept = new StringBuilder();
		name.codePoints().forEach(codePoint -> {
			int type = Character.getType(codePoint);
			if (Character.isWhitespace(codePoint)) {
				kept.append(' ');
			}
			else if (!Character.isISOControl(codePoint) && type != Character.FORMAT && type != Character.PRIVATE_USE
					&& type != Character.SURROGATE && type != Character.UNASSIGNED
					&& "<>:\"|?*;%".indexOf(codePoint) < 0) {
				kept.appendCodePoint(codePoint);
			}
		});
		String clean = kept.toString().replaceAll("\\s+", " ").strip().replaceAll("^[.\\s]+", "");
		String base = clean;
		int dot = clean.lastIndexOf('.');
		// The extension of an accepted kind (this one or a wrong one) gives way to the
		// true one.
		if (dot > 0 && Arrays.stream(FileKind.values())
			.anyMatch(known -> known.extensions().contains(clean.substring(dot + 1).toLowerCase(Locale.ROOT)))) {
			base = clean.substring(0, dot);
		}
		base = base.strip().replaceAll("[.\\s]+$", "");
		if (base.isEmpty()) {
			base = "document";
		}
		int room = LONGEST_NAME - kind.extension().length() - 1;
		if (base.codePointCount(0, base.length()) > room) {
			base = base.substring(0, base.offsetByCodePoints(0, room)).strip();
		}
		return base + "." + kind.extension();
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
