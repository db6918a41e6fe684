package org.unesco.gnlc.shared.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Someone else saved the record after the editor opened it. Answered with the conflict
 * page (409), which asks the editor to reload and reapply their change: never a silent
 * overwrite.
 */
@ResponseStatus(HttpStatus.CONFLICT)
public class StaleEditException extends RuntimeException {

	public StaleEditException(String what) {
		super(what + " was changed by someone else since it was opened");
	}

	public static void check(long versionSeen, long currentVersion, String what) {
		if (versionSeen != currentVersion) {
			throw new StaleEditException(what);
		}
	}

}
