package org.unesco.gnlc.progress;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.unesco.gnlc.shared.files.DocumentStore;

/**
 * The files of a progress report (pictures, PDFs of case studies and statistics), in
 * {@code progress_document}.
 */
@Repository
class ReportDocuments extends DocumentStore<ReportDocuments.Kind> {

	enum Kind {

		PICTURE, DOCUMENT

	}

	ReportDocuments(JdbcClient jdbc) {
		super(jdbc, "progress_document", "report_id", Kind.class);
	}

}
