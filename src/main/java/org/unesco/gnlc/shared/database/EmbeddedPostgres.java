package org.unesco.gnlc.shared.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

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

	private static final Duration LONGEST_WAIT_FOR_START = Duration.ofSeconds(60);

	private static final Map<Path, Server> SERVERS = new HashMap<>();

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

	/** The address of the server of this directory, once it has started. */
	static String jdbcUrl(Path dataDirectory, boolean ephemeral, Log log) {
		Server server = server(dataDirectory, ephemeral, log);
		server.await();
		return server.jdbcUrl();
	}

	/**
	 * The server of this directory, starting in the background if it is not running yet:
	 * its port, and so its address, are known at once, so that the portal builds its
	 * context while PostgreSQL starts (about half a second). The data source waits for it
	 * ({@link Server#await()}).
	 */
	static synchronized Server server(Path dataDirectory, boolean ephemeral, Log log) {
		Path directory = dataDirectory.toAbsolutePath().normalize();
		Server server = SERVERS.get(directory);
		if (server == null) {
			int port = freePort();
			CompletableFuture<io.zonky.test.db.postgres.embedded.EmbeddedPostgres> started = new CompletableFuture<>();
			Thread starter = new Thread(() -> {
				try {
					started.complete(start(directory, ephemeral, log, port));
				}
				catch (RuntimeException | Error ex) {
					started.completeExceptionally(ex);
				}
			}, "embedded-postgres-start");
			starter.setDaemon(true);
			starter.start();
			server = new Server(directory, port, started);
			SERVERS.put(directory, server);
			Server closing = server;
			Runtime.getRuntime().addShutdownHook(new Thread(() -> close(closing), "embedded-postgres-shutdown"));
		}
		return server;
	}

	/**
	 * An embedded server: where it listens, and its start, which may still be going on.
	 */
	record Server(Path directory, int port,
			CompletableFuture<io.zonky.test.db.postgres.embedded.EmbeddedPostgres> started) {

		String jdbcUrl() {
			return "jdbc:postgresql://localhost:" + this.port + "/postgres?user=postgres";
		}

		/** Waits until the server accepts connections; says why if it could not start. */
		io.zonky.test.db.postgres.embedded.EmbeddedPostgres await() {
			try {
				return this.started.join();
			}
			catch (CompletionException ex) {
				throw new IllegalStateException("Could not start the embedded PostgreSQL in " + this.directory,
						ex.getCause());
			}
		}

	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("No free port for the embedded PostgreSQL", ex);
		}
	}

	private static io.zonky.test.db.postgres.embedded.EmbeddedPostgres start(Path directory, boolean ephemeral, Log log,
			int port) {
		try {
			Files.createDirectories(directory);
			if (!ephemeral) {
				LeftoverServer.stopIfRunning(directory, log);
			}
			io.zonky.test.db.postgres.embedded.EmbeddedPostgres.Builder builder = io.zonky.test.db.postgres.embedded.EmbeddedPostgres
				.builder()
				.setDataDirectory(directory)
				.setPort(port)
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
		Server server = SERVERS.remove(dataDirectory.toAbsolutePath().normalize());
		if (server != null) {
			try {
				server.await().close();
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

	private static void close(Server server) {
		awaitContextsClosed();
		try {
			// A start still going on (the portal failed before it needed its database)
			// is
			// waited for, so that no server is left running on the directory.
			server.started().get(LONGEST_WAIT_FOR_START.toSeconds(), TimeUnit.SECONDS).close();
		}
		catch (IOException | ExecutionException | TimeoutException ex) {
			// The JVM is going down; PostgreSQL recovers an unclean stop on its next
			// start.
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
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
