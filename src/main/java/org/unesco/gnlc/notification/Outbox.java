package org.unesco.gnlc.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The outbox table: mails waiting, sent or given up, one per event and recipient. */
@Repository
@RequiredArgsConstructor
class Outbox {

	enum State {

		PENDING, SENT, FAILED

	}

	/** A mail as the sender needs it. */
	record Due(long id, String recipientEmail, @Nullable String recipientName, String subject, String textBody,
			String htmlBody, boolean sensitive, int attempts) {
	}

	/** A line of the outbox page. */
	record Entry(long id, String eventKey, String recipientEmail, @Nullable String recipientName, String language,
			String template, String subject, State state, int attempts, Instant nextAttemptAt,
			@Nullable String lastError, Instant createdAt, @Nullable Instant sentAt, boolean sensitive) {
	}

	/** One mail with its content, for the page that shows it. */
	record Content(Entry entry, @Nullable String textBody, @Nullable String htmlBody, @Nullable String linkUrl) {
	}

	private static final String ENTRY_COLUMNS = """
			id, event_key, recipient_email, recipient_name, language, template, subject, state, attempts,
			next_attempt_at, last_error, created_at, sent_at, sensitive""";

	private final JdbcClient jdbc;

	boolean holds(String eventKey, String email) {
		return jdbc
			.sql("select exists (select 1 from outbox_mail where event_key = :key and lower(recipient_email) = :email)")
			.param("key", eventKey)
			.param("email", email.toLowerCase(Locale.ROOT))
			.query(Boolean.class)
			.single();
	}

	/**
	 * Queues a mail unless one for this event and recipient exists; answers whether it
	 * was queued.
	 */
	boolean queue(String eventKey, Recipient recipient, String template, String subject, String text, String html,
			@Nullable String link, boolean sensitive, Instant now) {
		return jdbc
			.sql("""
					insert into outbox_mail (event_key, recipient_account_id, recipient_email, recipient_name, language,
					  template, subject, text_body, html_body, link_url, sensitive, state, attempts, next_attempt_at, created_at)
					values (:eventKey, :accountId, :email, :name, :language, :template, :subject, :text, :html, :link,
					  :sensitive, 'PENDING', 0, :now, :now)
					on conflict (event_key, lower(recipient_email)) do nothing
					""")
			.param("eventKey", eventKey)
			.param("accountId", recipient.accountId())
			.param("email", recipient.email())
			.param("name", truncate(recipient.name(), 160))
			.param("language", recipient.language().code())
			.param("template", template)
			.param("subject", truncate(subject, 300))
			.param("text", text)
			.param("html", html)
			.param("link", link)
			.param("sensitive", sensitive)
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	/**
	 * The next mail to send, locked so that no other sender takes it (call inside a
	 * transaction).
	 */
	Optional<Due> lockNextDue(Instant now) {
		return jdbc.sql("""
				select id, recipient_email, recipient_name, subject, text_body, html_body, sensitive, attempts
				from outbox_mail
				where state = 'PENDING' and next_attempt_at <= :now
				order by next_attempt_at, id
				limit 1
				for update skip locked
				""")
			.param("now", Timestamp.from(now))
			.query((rs, row) -> new Due(rs.getLong("id"), rs.getString("recipient_email"),
					rs.getString("recipient_name"), rs.getString("subject"), rs.getString("text_body"),
					rs.getString("html_body"), rs.getBoolean("sensitive"), rs.getInt("attempts")))
			.optional();
	}

	/** Delivered: a mail with a personal link keeps no copy of it. */
	void sent(long id, Instant now) {
		jdbc.sql("""
				update outbox_mail set state = 'SENT', sent_at = :now, attempts = attempts + 1, last_error = null,
				  text_body = case when sensitive then null else text_body end,
				  html_body = case when sensitive then null else html_body end,
				  link_url = case when sensitive then null else link_url end
				where id = :id
				""").param("id", id).param("now", Timestamp.from(now)).update();
	}

	void failed(long id, int attempts, boolean givenUp, Instant nextAttempt, String error) {
		jdbc.sql(
				"""
						update outbox_mail set attempts = :attempts, state = :state, next_attempt_at = :next, last_error = :error
						where id = :id
						""")
			.param("id", id)
			.param("attempts", attempts)
			.param("state", givenUp ? State.FAILED.name() : State.PENDING.name())
			.param("next", Timestamp.from(nextAttempt))
			.param("error", truncate(error, 500))
			.update();
	}

	/**
	 * A mail given up is tried again from now on; answers whether there was one to retry.
	 */
	boolean retry(long id, Instant now) {
		return jdbc.sql("""
				update outbox_mail set state = 'PENDING', attempts = 0, next_attempt_at = :now
				where id = :id and state = 'FAILED'
				""").param("id", id).param("now", Timestamp.from(now)).update() == 1;
	}

	Page<Entry> page(@Nullable State state, String recipient, Pageable pageable) {
		String where = " where (cast(:state as varchar) is null or state = cast(:state as varchar))"
				+ " and (:recipient = '' or lower(recipient_email) like :pattern)";
		String search = recipient.strip().toLowerCase(Locale.ROOT);
		String pattern = "%" + search.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		long total = jdbc.sql("select count(*) from outbox_mail" + where)
			.param("state", state == null ? null : state.name())
			.param("recipient", search)
			.param("pattern", pattern)
			.query(Long.class)
			.single();
		List<Entry> entries = jdbc
			.sql("select " + ENTRY_COLUMNS + " from outbox_mail" + where
					+ " order by created_at desc, id desc limit :limit offset :offset")
			.param("state", state == null ? null : state.name())
			.param("recipient", search)
			.param("pattern", pattern)
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query((rs, row) -> entry(rs))
			.list();
		return new PageImpl<>(entries, pageable, total);
	}

	Optional<Content> content(long id) {
		return jdbc.sql("select " + ENTRY_COLUMNS + ", text_body, html_body, link_url from outbox_mail where id = :id")
			.param("id", id)
			.query((rs, row) -> new Content(entry(rs), rs.getString("text_body"), rs.getString("html_body"),
					rs.getString("link_url")))
			.optional();
	}

	long count(State state) {
		return jdbc.sql("select count(*) from outbox_mail where state = :state")
			.param("state", state.name())
			.query(Long.class)
			.single();
	}

	private static Entry entry(ResultSet rs) throws SQLException {
		Timestamp sentAt = rs.getTimestamp("sent_at");
		return new Entry(rs.getLong("id"), rs.getString("event_key"), rs.getString("recipient_email"),
				rs.getString("recipient_name"), rs.getString("language"), rs.getString("template"),
				rs.getString("subject"), State.valueOf(rs.getString("state")), rs.getInt("attempts"),
				rs.getTimestamp("next_attempt_at").toInstant(), rs.getString("last_error"),
				rs.getTimestamp("created_at").toInstant(), sentAt == null ? null : sentAt.toInstant(),
				rs.getBoolean("sensitive"));
	}

	private static @Nullable String truncate(@Nullable String value, int length) {
		return value == null || value.length() <= length ? value : value.substring(0, length);
	}

}
