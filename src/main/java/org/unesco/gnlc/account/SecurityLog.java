package org.unesco.gnlc.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import lombok.RequiredArgsConstructor;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The security log: who signed in or failed to, and every change of a password, of
 * two-factor sign-in, of a role or of an account's state, with the client address. Read
 * by UIL_ADMIN.
 */
@Component
@RequiredArgsConstructor
class SecurityLog {

	record Entry(long id, Instant occurredAt, SecurityEventKind kind, @Nullable Long accountId, @Nullable String email,
			@Nullable String actorEmail, @Nullable String detail, @Nullable String remoteAddress) {
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	/**
	 * Records an event in the current transaction (it stands or falls with the change).
	 * Answers its id.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	long record(SecurityEventKind kind, @Nullable Long accountId, @Nullable String email, @Nullable Long actorId,
			@Nullable String detail) {
		return insert(kind, accountId, email, actorId, detail);
	}

	/**
	 * Records an event on its own, kept even if the caller's work fails (a refused
	 * sign-in).
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	long recordAlone(SecurityEventKind kind, @Nullable Long accountId, @Nullable String email,
			@Nullable String detail) {
		return insert(kind, accountId, email, null, detail);
	}

	private long insert(SecurityEventKind kind, @Nullable Long accountId, @Nullable String email,
			@Nullable Long actorId, @Nullable String detail) {
		return jdbc.sql("""
				insert into security_event (occurred_at, kind, account_id, email, actor_id, detail, remote_address)
				values (:at, :kind, :account, :email, :actor, :detail, :address) returning id
				""")
			.param("at", Timestamp.from(clock.instant()))
			.param("kind", kind.name())
			.param("account", accountId)
			.param("email", truncate(email, 254))
			.param("actor", actorId)
			.param("detail", truncate(detail, 500))
			.param("address", truncate(currentAddress(), 64))
			.query(Long.class)
			.single();
	}

	@Transactional(readOnly = true)
	Page<Entry> page(@Nullable SecurityEventKind kind, String email, Pageable pageable) {
		String search = email.strip().toLowerCase(Locale.ROOT);
		String where = " where (cast(:kind as varchar) is null or e.kind = cast(:kind as varchar))"
				+ " and (:email = '' or lower(e.email) like :pattern)";
		String pattern = "%" + search.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		long total = jdbc.sql("select count(*) from security_event e" + where)
			.param("kind", kind == null ? null : kind.name())
			.param("email", search)
			.param("pattern", pattern)
			.query(Long.class)
			.single();
		List<Entry> entries = jdbc.sql("""
				select e.id, e.occurred_at, e.kind, e.account_id, e.email, actor.email as actor_email, e.detail,
				       e.remote_address
				from security_event e left join account actor on actor.id = e.actor_id""" + where + """
				order by e.occurred_at desc, e.id desc limit :limit offset :offset""")
			.param("kind", kind == null ? null : kind.name())
			.param("email", search)
			.param("pattern", pattern)
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query((rs, row) -> new Entry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
					SecurityEventKind.valueOf(rs.getString("kind")), (Long) rs.getObject("account_id"),
					rs.getString("email"), rs.getString("actor_email"), rs.getString("detail"),
					rs.getString("remote_address")))
			.list();
		return new PageImpl<>(entries, pageable, total);
	}

	/** The latest events of one account (its page in the administration). */
	@Transactional(readOnly = true)
	List<Entry> recentFor(long accountId, int limit) {
		return jdbc.sql("""
				select e.id, e.occurred_at, e.kind, e.account_id, e.email, actor.email as actor_email, e.detail,
				       e.remote_address
				from security_event e left join account actor on actor.id = e.actor_id
				where e.account_id = :account
				order by e.occurred_at desc, e.id desc limit :limit""")
			.param("account", accountId)
			.param("limit", limit)
			.query((rs, row) -> new Entry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
					SecurityEventKind.valueOf(rs.getString("kind")), (Long) rs.getObject("account_id"),
					rs.getString("email"), rs.getString("actor_email"), rs.getString("detail"),
					rs.getString("remote_address")))
			.list();
	}

	static @Nullable String currentAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}

	private static @Nullable String truncate(@Nullable String value, int length) {
		return value == null || value.length() <= length ? value : value.substring(0, length);
	}

}
