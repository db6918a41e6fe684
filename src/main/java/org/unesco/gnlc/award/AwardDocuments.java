package org.unesco.gnlc.award;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.unesco.gnlc.shared.files.DocumentStore;

/**
 * The files of an Award application, in {@code award_document}: the signed application
 * form, the signed Consent Form and the additional materials.
 */
@Repository
class AwardDocuments extends DocumentStore<AwardDocuments.Kind> {

	enum Kind {

		SIGNED_FORM, CONSENT_FORM, MATERIAL

	}

	AwardDocuments(JdbcClient jdbc) {
		super(jdbc, "award_document", "application_id", Kind.class);
	}

}
