package org.unesco.gnlc.shared.files;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * What a page shows of a stored file: never its bytes.
 *
 * @param ownerId the record the file belongs to
 * @param dataFingerprint for a signed form, the fingerprint of the answers that were
 * signed
 */
public record StoredDocument<K extends Enum<K>>(long id, long ownerId, K kind, String fileName, String contentType,
		long sizeBytes, @Nullable String dataFingerprint, Instant uploadedAt, String uploadedBy) {

	/** The size in kilobytes, rounded up: a file of a few bytes is 1 KB, not 0. */
	public long sizeKb() {
		return kilobytes(sizeBytes);
	}

	/**
	 * The one way the portal states the size of a file: kilobytes, rounded up, at least
	 * 1.
	 */
	public static long kilobytes(long sizeBytes) {
		return Math.max(1, (sizeBytes + 1023) / 1024);
	}

}
