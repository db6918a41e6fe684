package org.unesco.gnlc.city;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.unesco.gnlc.shared.files.DocumentStore;

/** The file of each import, kept with its record. */
@Repository
class ImportDocuments extends DocumentStore<ImportDocuments.Kind> {

	enum Kind {

		SOURCE

	}

	ImportDocuments(JdbcClient jdbc) {
		super(jdbc, "city_import_document", "import_id", Kind.class);
	}

}
