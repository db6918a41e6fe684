package org.unesco.gnlc.city;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.unesco.gnlc.shared.security.Actor;
import org.unesco.gnlc.shared.security.PortalUser;
import org.unesco.gnlc.shared.security.Role;

/**
 * Every saved edit of a public profile: who, when, and each field's old and new value.
 */
@Component
@RequiredArgsConstructor
class ProfileHistory {

	/** One saved edit. */
	record Change(long id, Instant changedAt, String authorName, Role authorRole, @Nullable String sourceFile,
			@Nullable String sourceReference, List<FieldChange> fields) {
	}

	/** A page of edits, newest first, and how many there are in all. */
	record Changes(List<Change> changes, long total) {
	}

	private final JdbcClient jdbc;

	void record(long cityId, PortalUser author, Instant at, List<FieldChange> fields) {
		record(cityId, Actor.of(author), at, fields, null, null);
	}

	/** Changes imported from a file, named by {@code sourceFile}. */
	void recordImport(long cityId, Actor author, Instant at, List<FieldChange> fields, String sourceFile) {
		record(cityId, author, at, fields, sourceFile, null);
	}

	/** Changes carried from the membership application of that reference. */
	void recordFromApplication(long cityId, PortalUser author, Instant at, List<FieldChange> fields,
			String sourceReference) {
		record(cityId, Actor.of(author), at, fields, null, sourceReference);
	}

	/** Changes made by the portal itself or by a service, such as a suspension. */
	void record(long cityId, Actor author, Instant at, List<FieldChange> fields) {
		record(cityId, author, at, fields, null, null);
	}

	private void record(long cityId, Actor author, Instant at, List<FieldChange> fields, @Nullable String sourceFile,
			@Nullable String sourceReference) {
		if (fields.isEmpty()) {
			return;
		}
		long changeId = jdbc.sql("""
				insert into city_profile_change (city_id, changed_at, account_id, author_name, author_role,
				                                 source_file, source_reference)
				values (:city, :at, :account, :name, :role, :file, :reference)
				returning id
				""")
			.param("city", cityId)
			.param("at", Timestamp.from(at))
			.param("account", author.accountId())
			.param("name", author.name())
			.param("role", author.role().name())
			.param("file", sourceFile)
			.param("reference", sourceReference)
			.query(Long.class)
			.single();
		// The fields in one statement, one row of values each.
		StringBuilder values = new StringBuilder();
		for (int position = 0; position < fields.size(); position++) {
			values.append(position == 0 ? "" : ", ")
				.append("(:change, %1$d, :field%1$d, :old%1$d, :new%1$d)".formatted(position));
		}
		JdbcClient.StatementSpec insert = jdbc
			.sql("insert into city_profile_change_field (change_id, position, field, old_value, new_value) values "
					+ values)
			.param("change", changeId);
		for (int position = 0; position < fields.size(); position++) {
			FieldChange field = fields.get(position);
			insert = insert.param("field" + position, field.field().name())
				.param("old" + position, field.oldValue())
				.param("new" + position, field.newValue());
		}
		insert.update();
	}

	/**
	 * The fields of a city's profile that someone changed after that moment, in one
	 * statement.
	 */
	Set<ProfileField> fieldsChangedSince(long cityId, Instant since) {
		return jdbc.sql("""
				select distinct f.field from city_profile_change ch
				join city_profile_change_field f on f.change_id = ch.id
				where ch.city_id = :city and ch.changed_at > :since
				""")
			.param("city", cityId)
			.param("since", Timestamp.from(since))
			.query((rows, number) -> ProfileField.valueOf(rows.getString("field")))
			.set();
	}

	/** The edits of a city, newest first, in one statement. */
	Changes of(long cityId, int limit, long offset) {
		Map<Long, Change> changes = new LinkedHashMap<>();
		long[] total = { 0 };
		jdbc.sql(
				"""
						select ch.id, ch.changed_at, ch.author_name, ch.author_role, ch.source_file, ch.source_reference, ch.total,
						       f.field, f.old_value, f.new_value
						from (select id, changed_at, author_name, author_role, source_file, source_reference,
						             count(*) over () as total
						      from city_profile_change where city_id = :city
						      order by changed_at desc, id desc limit :limit offset :offset) ch
						join city_profile_change_field f on f.change_id = ch.id
						order by ch.changed_at desc, ch.id desc, f.position
						""")
			.param("city", cityId)
			.param("limit", limit)
			.param("offset", offset)
			.query(rows -> {
				total[0] = rows.getLong("total");
				long id = rows.getLong("id");
				Instant changedAt = rows.getTimestamp("changed_at").toInstant();
				String authorName = rows.getString("author_name");
				Role authorRole = Role.valueOf(rows.getString("author_role"));
				String sourceFile = rows.getString("source_file");
				String sourceReference = rows.getString("source_reference");
				changes
					.computeIfAbsent(id,
							key -> new Change(key, changedAt, authorName, authorRole, sourceFile, sourceReference,
									new ArrayList<>()))
					.fields()
					.add(new FieldChange(ProfileField.valueOf(rows.getString("field")), rows.getString("old_value"),
							rows.getString("new_value")));
			});
		return new Changes(List.copyOf(changes.values()), total[0]);
	}

}
