package org.unesco.gnlc.shared.database;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import org.apache.commons.logging.LogFactory;

/**
 * Run in a JVM of its own by {@link LeftoverServerTests}: starts the embedded server on a
 * kept data directory as the portal does, writes a row, says so, and waits to be killed.
 */
final class PortalThatDies {

	private PortalThatDies() {
	}

	public static void main(String[] arguments) throws Exception {
		String url = EmbeddedPostgres.jdbcUrl(Path.of(arguments[0]), false, LogFactory.getLog(PortalThatDies.class));
		try (Connection connection = DriverManager.getConnection(url, "postgres", "postgres");
				Statement statement = connection.createStatement()) {
			statement.execute("create table if not exists survivor (name text primary key)");
			statement.execute("insert into survivor values ('" + arguments[1] + "') on conflict do nothing");
		}
		System.out.println("READY");
		System.out.flush();
		Thread.sleep(Long.MAX_VALUE);
	}

}
