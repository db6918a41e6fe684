package org.unesco.gnlc.conference;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.unesco.gnlc.conference.FieldChanges.FieldChange;
import org.unesco.gnlc.shared.security.PortalUser;

/**
 * The history of the conference records: every change with who made it and when, and the
 * fields it changed before and after. Written in the transaction of the change itself, so
 * a change and its history are saved together or not at all.
 */
@Component
@RequiredArgsConstructor
class ConferenceHistory {

	/** Long texts are kept in full in the record; the history keeps their beginning. */
	private static final int KEPT_CHARACTERS = 1000;

	private final JdbcClient jdbc;

	private final Clock clock;

	/** One change as the history pages show it. */
	record Change(long id, Instant occurredAt, String actorName, ChangeSubject subject, String subjectLabel,
			ChangeAction action, List<FieldChange> fields) {
	}

	void record(PortalUser actor, @Nullable Long conferenceId, @Nullable Long personId, ChangeSubject subject,
			@Nullable Long subjectId, String subjectLabel, ChangeAction action, FieldChanges changes) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql(
				"""
						insert into conference_change (occurred_at, actor_account_id, actor_name, conference_id, person_id,
						                               subject, subject_id, subject_label, action)
						values (:occurredAt, :accountId, :actorName, :conferenceId, :personId, :subject, :subjectId, :label, :action)
						""")
			.param("occurredAt", OffsetDateTime.ofInstant(clock.instant(), clock.getZone()))
			.param("accountId", actor.accountId())
			.param("actorName", actor.fullName())
			.param("conferenceId", conferenceId)
			.param("personId", personId)
			.param("subject", subject.name())
			.param("subjectId", subjectId)
			.param("label", shorten(subjectLabel, 500))
			.param("action", action.name())
			.update(key, "id");
		long changeId = key.getKeyAs(Long.class);
		List<FieldChange> fields = (action == ChangeAction.CREATED ? changes.asCreated() : changes).list();
		for (int position = 0; position < fields.size(); position++) {
			FieldChange field = fields.get(position);
			jdbc.sql("""
					insert into conference_change_field (change_id, position, field, before_value, after_value)
					values (:changeId, :position, :field, :before, :after)
					""")
				.param("changeId", changeId)
				.param("position", position)
				.param("field", field.field())
				.param("before", shorten(field.before(), KEPT_CHARACTERS))
				.param("after", shorten(field.after(), KEPT_CHARACTERS))
				.update();
		}
	}

	Page<Change> ofConference(long conferenceId, Pageable page) {
		long total = jdbc.sql("select count(*) from conference_change where conference_id = :id")
			.param("id", conferenceId)
			.query(Long.class)
			.single();
		List<Change> changes = changes("conference_id = :id", conferenceId, page.getPageSize(), page.getOffset());
		return new PageImpl<>(changes, page, total);
	}

	List<Change> ofPerson(long personId, int limit) {
		return changes("person_id = :id", personId, limit, 0);
	}

	@Nullable Instant lastChangeOf(long conferenceId) {
		return jdbc.sql("select max(occurred_at) from conference_change where conference_id = :id")
			.param("id", conferenceId)
			.query((rs, row) -> {
				OffsetDateTime at = rs.getObject(1, OffsetDateTime.class);
				return at == null ? null : at.toInstant();
			})
			.optional()
			.orElse(null);
	}

	private List<Change> changes(String condition, long id, int limit, long offset) {
		record Row(long id, Instant occurredAt, String actorName, ChangeSubject subject, String subjectLabel,
				ChangeAction action) {
		}
		List<Row> rows = jdbc.sql("""
				select id, occurred_at, actor_name, subject, subject_label, action from conference_change
				where %s order by occurred_at desc, id desc limit :limit offset :offset
				""".formatted(condition))
			.param("id", id)
			.param("limit", limit)
			.param("offset", offset)
			.query((rs, row) -> new Row(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
					rs.getString("actor_name"), ChangeSubject.valueOf(rs.getString("subject")),
					rs.getString("subject_label"), ChangeAction.valueOf(rs.getString("action"))))
			.list();
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<Long, List<FieldChange>> fields = jdbc.sql("""
				select change_id, field, before_value, after_value from conference_change_field
				where change_id in (:ids) order by change_id, position
				""")
			.param("ids", rows.stream().map(Row::id).toList())
			.query((rs, row) -> Map.entry(rs.getLong("change_id"),
					new FieldChange(rs.getString("field"), rs.getString("before_value"), rs.getString("after_value"))))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
		return rows.stream()
			.map(row -> new Change(row.id(), row.occurredAt(), row.actorName(), row.subject(), row.subjectLabel(),
					row.action(), fields.getOrDefault(row.id(), List.of())))
			.toList();
	}

	private static @Nullable String shorten(@Nullable String text, int max) {
		if (text == null || text.length() <= max) {
			return text;
		}
		return text.substring(0, max - 1) + "…";
	}

}
