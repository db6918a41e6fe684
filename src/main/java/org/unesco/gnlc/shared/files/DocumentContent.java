package org.unesco.gnlc.shared.files;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The bytes of a stored file, with the name and type it is served under. */
public record DocumentContent(String fileName, String contentType, byte[] bytes) {

	/**
	 * The file as a download: an attachment under its cleaned name (UTF-8), with the type
	 * its content showed on upload, which the browser must not second-guess.
	 */
	public ResponseEntity<byte[]> download() {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(contentType))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(bytes);
	}

}
