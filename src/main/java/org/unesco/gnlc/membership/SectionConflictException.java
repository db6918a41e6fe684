package org.unesco.gnlc.membership;

import org.unesco.gnlc.shared.web.StaleEditException;

/** Another official saved this section after it was opened here. */
class SectionConflictException extends StaleEditException {

	private final Section section;

	SectionConflictException(Section section) {
		super("The section " + section.slug());
		this.section = section;
	}

	Section section() {
		return section;
	}

}
