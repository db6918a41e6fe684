package org.unesco.gnlc.award;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.unesco.gnlc.shared.files.CheckedFile;

/**
 * The files and links of an Award application, stored in PostgreSQL in the transaction of the
 * change they belong to. Lists read only the metadata; the bytes are read for a download alone.
 */
@Repository
class AwardDocuments {

	enum Kind {

		SIGNED_FORM, CONSENT_FORM, MATERIAL

	}

	enum LinkKind {

		ARTICLE, VIDEO

	}

	record Document(long id, long applicationId, Kind kind, String fileName, String contentType, long sizeBytes,
			@Nullable String dataFingerprint, Instant uploadedAt, String uploadedBy) {

		public long sizeKb() {
			return Math.max(1, (sizeBytes + 1023) / 1024);
		}

	}

	record Link(long id, long applicationId, LinkKind kind, String url, String title, Instant addedAt,
			String addedBy) {
	}

	record Content(String fileName, String contentType, byte[] bytes) {
	}

	private final JdbcClient jdbc;

	AwardDocuments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long store(long applicationId, Kind kind, CheckedFile file, @Nullable String dataFingerprint, Instant at,
			String uploadedBy) {
		return jdbc.sql("""
				insert into award_document (application_id, kind, file_name, content_type, size_bytes, sha256,
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

	/** Every file of the application, newest first (metadata only); one statement. */
	List<Document> of(long applicationId) {
		return jdbc.sql("""
				select id, application_id, kind, file_name, content_type, size_bytes, data_fingerprint, uploaded_at,
				       uploaded_by
				from award_document where application_id = :application order by uploaded_at desc, id desc
				""").param("application", applicationId).query((rs, row) -> new Document(rs.getLong("id"),
						rs.getLong("application_id"), Kind.valueOf(rs.getString("kind")), rs.getString("file_name"),
						rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("data_fingerprint"),
						rs.getTimestamp("uploaded_at").toInstant(), rs.getString("uploaded_by")))
			.list();
	}

	Optional<Document> latest(long applicationId, Kind kind) {
		return of(applicationId).stream().filter(document -> document.kind() == kind).findFirst();
	}

	int count(long applicationId, Kind kind) {
		return jdbc.sql("select count(*) from award_document where application_id = :application and kind = :kind")
			.param("application", applicationId)
			.param("kind", kind.name())
			.query(Integer.class)
			.single();
	}

	Optional<Content> content(long applicationId, long documentId) {
		return jdbc.sql("""
				select file_name, content_type, content from award_document
				where id = :id and application_id = :application
				""")
			.param("id", documentId)
			.param("application", applicationId)
			.query((rs, row) -> new Content(rs.getString("file_name"), rs.getString("content_type"),
					rs.getBytes("content")))
			.optional();
	}

	/** Removes an additional material of the application; the signed forms stay on record. */
	boolean removeMaterial(long applicationId, long documentId) {
		return jdbc.sql("delete from award_document where id = :id and application_id = :application and kind = 'MATERIAL'")
			.param("id", documentId)
			.param("application", applicationId)
			.update() > 0;
	}

	long addLink(long applicationId, LinkKind kind, String url, String title, Instant at, String addedBy) {
		return jdbc.sql("""
				insert into award_link (application_id, kind, url, title, added_at, added_by)
				values (:application, :kind, :url, :title, :at, :by)
				returning id
				""")
			.param("application", applicationId)
			.param("kind", kind.name())
			.param("url", url)
			.param("title", title)
			.param("at", Timestamp.from(at))
			.param("by", addedBy)
			.query(Long.class)
			.single();
	}

	List<Link> linksOf(long applicationId) {
		return jdbc.sql("""
				select id, application_id, kind, url, title, added_at, added_by
				from award_link where application_id = :application order by added_at, id
				""").param("application", applicationId).query((rs, row) -> new Link(rs.getLong("id"),
						rs.getLong("application_id"), LinkKind.valueOf(rs.getString("kind")), rs.getString("url"),
						rs.getString("title"), rs.getTimestamp("added_at").toInstant(), rs.getString("added_by")))
			.list();
	}

	int countLinks(long applicationId) {
		return jdbc.sql("select count(*) from award_link where application_id = :application")
			.param("application", applicationId)
			.query(Integer.class)
			.single();
	}

	boolean removeLink(long applicationId, long linkId) {
		return jdbc.sql("delete from award_link where id = :id and application_id = :application")
			.param("id", linkId)
			.param("application", applicationId)
			.update() > 0;
	}

}
