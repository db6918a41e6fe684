package org.unesco.gnlc.award;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The links of an Award application to articles and videos that show the city's work. */
@Repository
@RequiredArgsConstructor
class AwardLinks {

	enum LinkKind {

		ARTICLE, VIDEO

	}

	record Link(long id, long applicationId, LinkKind kind, String url, String title, Instant addedAt, String addedBy) {
	}

	private final JdbcClient jdbc;

	long add(long applicationId, LinkKind kind, String url, String title, Instant at, String addedBy) {
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

	List<Link> of(long applicationId) {
		return jdbc.sql("""
				select id, application_id, kind, url, title, added_at, added_by
				from award_link where application_id = :application order by added_at, id
				""")
			.param("application", applicationId)
			.query((rs, row) -> new Link(rs.getLong("id"), rs.getLong("application_id"),
					LinkKind.valueOf(rs.getString("kind")), rs.getString("url"), rs.getString("title"),
					rs.getTimestamp("added_at").toInstant(), rs.getString("added_by")))
			.list();
	}

	int count(long applicationId) {
		return jdbc.sql("select count(*) from award_link where application_id = :application")
			.param("application", applicationId)
			.query(Integer.class)
			.single();
	}

	boolean remove(long applicationId, long linkId) {
		return jdbc.sql("delete from award_link where id = :id and application_id = :application")
			.param("id", linkId)
			.param("application", applicationId)
			.update() > 0;
	}

}
