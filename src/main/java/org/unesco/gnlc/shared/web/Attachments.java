package org.unesco.gnlc.shared.web;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A file the portal makes (a form to sign, an export) sent as a download under a given
 * name.
 */
public final class Attachments {

	private Attachments() {
	}

	/** The content as an attachment of this type, saved under this (ASCII) file name. */
	public static ResponseEntity<byte[]> of(byte[] content, MediaType type, String fileName) {
		return attachment(type, fileName).body(content);
	}

	/**
	 * The same, for a file no browser or proxy may keep (confidential deliberations):
	 * sent with {@code Cache-Control: no-store}.
	 */
	public static ResponseEntity<byte[]> notToBeKept(byte[] content, MediaType type, String fileName) {
		return attachment(type, fileName).cacheControl(CacheControl.noStore()).body(content);
	}

	private static ResponseEntity.BodyBuilder attachment(MediaType type, String fileName) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName).build().toString());
	}

}
