package org.unesco.gnlc.conference;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.tika.Tika;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Checks an uploaded file before it is stored: not empty, not too large, and of an accepted type
 * judged by its content (PDF, Word DOCX, PNG, JPEG, GIF, WebP), whatever its name claims. Its
 * name is cleaned (no path, no control or direction characters) and given the extension of its type.
 */
@Component
class AttachmentInspector {

	static final String PDF = "application/pdf";

	static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	private static final String DOCX_MAIN_PART = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

	/** Accepted types and the extensions a file of that type may keep (the first is the one given). */
	private static final Map<String, List<String>> EXTENSIONS = Map.of(PDF, List.of("pdf"), DOCX, List.of("docx"),
			"image/png", List.of("png"), "image/jpeg", List.of("jpg", "jpeg"), "image/gif", List.of("gif"),
			"image/webp", List.of("webp"));

	private static final int LONGEST_NAME = 120;

	private final Tika tika = new Tika();

	private final long maxBytes;

	AttachmentInspector(@Value("${gnlc.conference.max-attachment-bytes:10485760}") long maxBytes) {
		this.maxBytes = maxBytes;
	}

	/** A file that passed: its clean name and its type by content. */
	record Inspected(String fileName, String mediaType) {
	}

	long maxBytes() {
		return maxBytes;
	}

	Inspected inspect(@Nullable String originalName, byte[] content) {
		if (content.length == 0) {
			throw EditRejected.at("file", "conference.error.fileEmpty");
		}
		if (content.length > maxBytes) {
			throw EditRejected.at("file", "conference.error.fileTooLarge", maxBytes / (1024 * 1024));
		}
		String mediaType = typeOf(content);
		if (mediaType == null) {
			throw EditRejected.at("file", "conference.error.fileType");
		}
		return new Inspected(cleanName(originalName, mediaType), mediaType);
	}

	private @Nullable String typeOf(byte[] content) {
		String detected;
		try (InputStream in = new ByteArrayInputStream(content)) {
			// Judged by content only: the name plays no part.
			detected = tika.detect(in);
		}
		catch (IOException ex) {
			return null;
		}
		if (EXTENSIONS.containsKey(detected) && !DOCX.equals(detected)) {
			return detected;
		}
		if (detected.equals(DOCX) || detected.equals("application/x-tika-ooxml") || detected.equals("application/zip")) {
			return isWordDocument(content) ? DOCX : null;
		}
		return null;
	}

	/** A DOCX is a ZIP package whose main part is a Word document (not a macro-enabled one). */
	private static boolean isWordDocument(byte[] content) {
		try (OPCPackage docx = OPCPackage.open(new ByteArrayInputStream(content))) {
			return !docx.getPartsByContentType(DOCX_MAIN_PART).isEmpty();
		}
		catch (Exception | Error notAWordDocument) {
			return false;
		}
	}

	/** “../../Mexico\nStatement.PDF” of type PDF becomes “Mexico Statement.pdf”. */
	static String cleanName(@Nullable String originalName, String mediaType) {
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
					&& type != Character.SURROGATE && type != Character.UNASSIGNED && "<>:\"|?*;%".indexOf(codePoint) < 0) {
				kept.appendCodePoint(codePoint);
			}
		});
		String clean = kept.toString().replaceAll("\\s+", " ").strip().replaceAll("^[.\\s]+", "");
		List<String> extensions = EXTENSIONS.get(mediaType);
		String base = clean;
		int dot = clean.lastIndexOf('.');
		// The extension of an accepted type (this one or a wrong one) gives way to the true one.
		if (dot > 0 && EXTENSIONS.values()
			.stream()
			.anyMatch(known -> known.contains(clean.substring(dot + 1).toLowerCase(Locale.ROOT)))) {
			base = clean.substring(0, dot);
		}
		base = base.strip().replaceAll("[.\\s]+$", "");
		if (base.isEmpty()) {
			base = "document";
		}
		int room = LONGEST_NAME - extensions.get(0).length() - 1;
		if (base.codePointCount(0, base.length()) > room) {
			base = base.substring(0, base.offsetByCodePoints(0, room)).strip();
		}
		return base + "." + extensions.get(0);
	}

}
