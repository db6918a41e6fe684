package org.unesco.gnlc.shared.files;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The signature on a form that is printed, signed by hand and uploaded as a scan: the
 * newest signed scan, and whether it was signed for the answers as they are now (the
 * fingerprint of the answers stored with the scan equals the current one). A change after
 * signing asks for a new signature.
 *
 * @param fingerprint the fingerprint of the answers as they are now
 */
public record Signature<K extends Enum<K>>(@Nullable StoredDocument<K> signedForm, boolean current,
		String fingerprint) {

	/**
	 * @param files a record's files, newest first, as {@link DocumentStore#of} lists them
	 * @param signedFormKind the kind under which the signed scans are stored
	 */
	public static <K extends Enum<K>> Signature<K> of(List<StoredDocument<K>> files, K signedFormKind,
			String fingerprint) {
		StoredDocument<K> signed = files.stream()
			.filter(document -> document.kind() == signedFormKind)
			.findFirst()
			.orElse(null);
		return new Signature<>(signed, signed != null && fingerprint.equals(signed.dataFingerprint()), fingerprint);
	}

}
