package org.unesco.gnlc.shared.web;

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
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName).build().toString())
			.body(content);
	}

}
