package org.unesco.gnlc.shared.publicpages;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import jakarta.servlet.ServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.cache.Cache;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The version of the data behind the public pages, as this instance knows it. PostgreSQL
 * holds it (table {@code public_data_version}, bumped at the commit of any change to a
 * table that feeds public pages); this instance asks at most once per
 * {@code gnlc.public-pages.version-check-interval} (1 s), so a change made anywhere is
 * seen here within that time. One request sees one version throughout. When the version
 * moves on, what was kept for the old one is dropped.
 */
public class PublicDataVersion {

	static final String REQUEST_ATTRIBUTE = PublicDataVersion.class.getName();

	private final JdbcClient jdbc;

	private final long intervalNanos;

	private final Cache data;

	private final Cache pages;

	private final AtomicBoolean checking = new AtomicBoolean();

	private volatile @Nullable Checked checked;

	private record Checked(DataVersion version, long atNanos) {
	}

	private record Key(String name, long version) {
	}

	PublicDataVersion(JdbcClient jdbc, PublicPagesProperties properties, Cache data, Cache pages) {
		this.jdbc = jdbc;
		this.intervalNanos = properties.versionCheckInterval().toNanos();
		this.data = data;
		this.pages = pages;
	}

	/**
	 * The version for the current request (the same throughout it), or as last checked.
	 */
	public DataVersion current() {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null && request.getAttribute(REQUEST_ATTRIBUTE,
				RequestAttributes.SCOPE_REQUEST) instanceof DataVersion known) {
			return known;
		}
		DataVersion version = known();
		if (request != null) {
			request.setAttribute(REQUEST_ATTRIBUTE, version, RequestAttributes.SCOPE_REQUEST);
		}
		return version;
	}

	/**
	 * The same for a request seen before Spring's request context exists (a servlet
	 * filter).
	 */
	DataVersion current(ServletRequest request) {
		if (request.getAttribute(REQUEST_ATTRIBUTE) instanceof DataVersion known) {
			return known;
		}
		DataVersion version = known();
		request.setAttribute(REQUEST_ATTRIBUTE, version);
		return version;
	}

	/**
	 * What {@code compute} answers, computed once per version of the data (and per name):
	 * facts that many pages share, such as the directory's counts, computed once per
	 * change rather than per request. {@code compute} reads the database after the
	 * version was read, so what is kept is never older than its version.
	 */
	@SuppressWarnings("unchecked")
	public <T> T perVersion(String name, Supplier<T> compute) {
		Key key = new Key(name, current().number());
		return (T) Objects.requireNonNull(data.get(key, compute::get));
	}

	/**
	 * Forgets the version, so that the next request asks PostgreSQL (tests, and a fresh
	 * start).
	 */
	void forget() {
		checked = null;
	}

	private DataVersion known() {
		Checked last = checked;
		if (last != null && System.nanoTime() - last.atNanos() < intervalNanos) {
			return last.version();
		}
		// One request asks; the others meanwhile go on with the version known (at most a
		// second old).
		if (last != null && intervalNanos > 0 && !checking.compareAndSet(false, true)) {
			return last.version();
		}
		try {
			DataVersion read = read();
			checked = new Checked(read, System.nanoTime());
			if (last == null || last.version().number() != read.number()) {
				// Pages and facts of older versions can never be asked for again.
				pages.clear();
				data.clear();
			}
			return read;
		}
		finally {
			if (last != null && intervalNanos > 0) {
				checking.set(false);
			}
		}
	}

	private DataVersion read() {
		return jdbc.sql("select version, changed_at from public_data_version")
			.query((rows, number) -> new DataVersion(rows.getLong("version"),
					rows.getTimestamp("changed_at").toInstant()))
			.single();
	}

}
