package org.unesco.gnlc.shared.files;

/** An upload that passed the checks: its safe name, its true type, its bytes and their SHA-256. */
public record CheckedFile(String fileName, FileKind kind, byte[] content, String sha256) {

	public long size() {
		return content.length;
	}

}
