package org.unesco.gnlc.conference;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * The conference, session, person ... asked for does not exist (answered with the 404
 * page).
 */
final class NotFound {

	private NotFound() {
	}

	static ResponseStatusException of(String what) {
		return new ResponseStatusException(HttpStatus.NOT_FOUND, what + " not found");
	}

}
