package org.unesco.gnlc.shared.files;

import java.nio.charset.StandardCharsets;

/**
 * An upload that passed the checks: its safe name, its true type, its bytes and their
 * SHA-256.
 */
public record CheckedFile(String fileName, FileKind kind, byte[] content, String sha256) {

	/** A minimal, valid one-page PDF. */
	private static final byte[] ONE_PAGE_PDF = """
			%PDF-1.4
			1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
			2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
			3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj
			trailer << /Root 1 0 R >>
			%%EOF
			""".getBytes(StandardCharsets.US_ASCII);

	/**
	 * A file the portal makes itself (demo data), of a kind it knows: its SHA-256 is
	 * computed here.
	 */
	public static CheckedFile of(String fileName, FileKind kind, byte[] content) {
		return new CheckedFile(fileName, kind, content, UploadedFiles.sha256(content));
	}

	/** A stand-in for a scanned, signed paper in demo data: a blank one-page PDF. */
	public static CheckedFile demoScan(String fileName) {
		return of(fileName, FileKind.PDF, ONE_PAGE_PDF);
	}

	public long size() {
		return content.length;
	}

}
