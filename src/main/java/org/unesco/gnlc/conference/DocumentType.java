package org.unesco.gnlc.conference;

/** The kinds of outcome document a conference adopts or issues. */
enum DocumentType {

	DECLARATION, STATEMENT, CALL_TO_ACTION, MANIFESTO, GUIDELINES, FRAMEWORK, YOUTH_STATEMENT, REPORT, OTHER;

	public String messageKey() {
		return "conference.documentType." + name();
	}

}
