package org.unesco.gnlc.membership;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.unesco.gnlc.shared.files.CheckedFile;

/**
 * The files of an application, stored in PostgreSQL in the transaction of the change they
 * belong to. Lists read only the metadata; the bytes are read for a download alone.
 */
@Repository
class ApplicationDocuments {

	enum Kind {

		SIGNED_FORM, ENDORSEMENT_LETTER

	}

	record Document(long id, long applicationId, Kind kind, String fileName, String contentType, long sizeBytes,
			@Nullable String dataFingerprint, Instant uploadedAt, String uploadedBy) {
	}

	record Content(String fileName, String contentType, byte[] bytes) {
	}

	private final JdbcClient jdbc;

	ApplicationDocuments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long store(long applicationId, Kind kind, CheckedFile file, @Nullable String dataFingerprint, Instant at,
			String uploadedBy) {
		return jdbc.sql("""
				insert into membership_document (application_id, kind, file_name, content_type, size_bytes, sha256,
				                                 data_fingerprint, content, uploaded_at, uploaded_by)
				values (:application, :kind, :name, :type, :size, :sha, :fingerprint, :content, :at, :by)
				returning id
				""")
			.param("application", applicationId)
			.param("kind", kind.name())
			.param("name", file.fileName())
			.param("type", file.kind().mediaType())
			.param("size", file.size())
			.param("sha", file.sha256())
			.param("fingerprint", dataFingerprint)
			.param("content", file.content())
			.param("at", Timestamp.from(at))
			.param("by", uploadedBy)
			.query(Long.class)
			.single();
	}

	List<Document> of(long applicationId) {
		return jdbc.sql("""
				select id, application_id, kind, file_name, content_type, size_bytes, data_fingerprint, uploaded_at,
				       uploaded_by
				from membership_document where application_id = :application order by uploaded_at desc, id desc
				""").param("application", applicationId).query((rs, row) -> new Document(rs.getLong("id"),
						rs.getLong("application_id"), Kind.valueOf(rs.getString("kind")), rs.getString("file_name"),
						rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("data_fingerprint"),
						rs.getTimestamp("uploaded_at").toInstant(), rs.getString("uploaded_by")))
			.list();
	}

	Optional<Document> latest(long applicationId, Kind kind) {
		return of(applicationId).stream().filter(document -> document.kind() == kind).findFirst();
	}

	Optional<Content> content(long applicationId, long documentId) {
		return jdbc.sql("""
				select file_name, content_type, content from membership_document
				where id = :id and application_id = :application
				""")
			.param("id", documentId)
			.param("application", applicationId)
			.query((rs, row) -> new Content(rs.getString("file_name"), rs.getString("content_type"),
					rs.getBytes("content")))
			.optional();
	}

}
