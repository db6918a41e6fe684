package org.unesco.gnlc.membership;

import org.unesco.gnlc.shared.web.StaleEditException;

/**
 * Another official saved this section after it was opened here (answered with the 409
 * page).
 */
class SectionConflictException extends StaleEditException {

	SectionConflictException(Section section) {
		super("The section " + section.slug());
	}

}
