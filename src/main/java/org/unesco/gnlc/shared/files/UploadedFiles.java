package org.unesco.gnlc.shared.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.tika.Tika;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

/**
 * Checks an upload before anything is stored: it is not empty, not larger than allowed, and
 * its content (magic bytes, read by Apache Tika) is one of the accepted kinds whatever its
 * name says. The file name is cleaned so it is safe in a download header.
 */
@Component
public class UploadedFiles {

	private final Tika tika = new Tika();

	public CheckedFile check(MultipartFile upload, Set<FileKind> accepted, DataSize largest) {
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
		String detected = tika.detect(content);
		FileKind kind = kindOf(detected).filter(accepted::contains)
			.orElseThrow(() -> new RejectedFileException("file.error.wrongType",
					accepted.stream().map(Enum::name).sorted().collect(Collectors.joining(", "))));
		return new CheckedFile(cleanName(upload.getOriginalFilename(), kind), kind, content, sha256(content));
	}

	private static Optional<FileKind> kindOf(String mediaType) {
		return Arrays.stream(FileKind.values()).filter(kind -> kind.mediaType().equals(mediaType)).findFirst();
	}

	/** Keeps letters, digits, dot, dash and underscore; never a path, a line break or a quote. */
	static String cleanName(String original, FileKind kind) {
		String name = original == null ? "" : original;
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		name = name.replaceAll("[^A-Za-z0-9._-]+", "_").replaceAll("^[._]+", "");
		if (name.length() > 120) {
			name = name.substring(name.length() - 120);
		}
		String extension = "." + kind.name().toLowerCase(java.util.Locale.ROOT).replace("jpeg", "jpg");
		if (name.isBlank()) {
			return "document" + extension;
		}
		return name.toLowerCase(java.util.Locale.ROOT).endsWith(extension) ? name : name + extension;
	}

	private static String sha256(byte[] content) {
		try {
			return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
