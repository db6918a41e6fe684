package org.unesco.gnlc.membership;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.unesco.gnlc.shared.files.DocumentStore;

/** The files of a membership application, in {@code membership_document}. */
@Repository
class ApplicationDocuments extends DocumentStore<ApplicationDocuments.Kind> {

	enum Kind {

		SIGNED_FORM, ENDORSEMENT_LETTER

	}

	ApplicationDocuments(JdbcClient jdbc) {
		super(jdbc, "membership_document", "application_id", Kind.class);
	}

}
