package org.unesco.gnlc.shared.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;

import javax.sql.DataSource;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The embedded server starts in the background while the context is built: its address is
 * known at once, and the data source is handed out only once the server accepts
 * connections, or fails with the reason it could not start.
 */
class DataSourceAfterServerStartTests {

	private static final Log LOG = LogFactory.getLog(DataSourceAfterServerStartTests.class);

	private Path directory;

	@AfterEach
	void stopTheServer() throws IOException {
		if (directory != null) {
			EmbeddedPostgres.stop(directory);
			FileSystemUtils.deleteRecursively(directory.getParent());
		}
	}

	@Test
	void theDataSourceIsHandedOutOnceItsServerAcceptsConnections() throws Exception {
		directory = Files.createTempDirectory("gnlc-background-").resolve("postgres");
		EmbeddedPostgres.Server server = EmbeddedPostgres.server(directory, true, LOG);
		DataSource dataSource = new DriverManagerDataSource(server.jdbcUrl(), "postgres", "postgres");

		Object handedOut = new DataSourceAfterServerStart(server).postProcessBeforeInitialization(dataSource,
				"dataSource");

		assertThat(handedOut).isSameAs(dataSource);
		assertThat(server.started()).isCompleted();
		try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), "postgres", "postgres");
				Statement statement = connection.createStatement();
				ResultSet answer = statement.executeQuery("select 1")) {
			assertThat(answer.next()).isTrue();
		}
		assertThat(EmbeddedPostgres.server(directory, true, LOG)).as("one server per directory").isSameAs(server);
	}

	@Test
	void aServerThatCouldNotStartFailsTheDataSourceWithTheReason() {
		EmbeddedPostgres.Server server = new EmbeddedPostgres.Server(Path.of("/data/gnlc"), 5432,
				CompletableFuture.failedFuture(new IllegalStateException("initdb failed: disk full")));

		assertThatIllegalStateException()
			.isThrownBy(() -> new DataSourceAfterServerStart(server)
				.postProcessBeforeInitialization(new DriverManagerDataSource(), "dataSource"))
			.withMessage("Could not start the embedded PostgreSQL in /data/gnlc")
			.havingCause()
			.withMessage("initdb failed: disk full");
	}

	@Test
	void otherBeansDoNotWaitForTheServer() {
		EmbeddedPostgres.Server starting = new EmbeddedPostgres.Server(Path.of("/data/gnlc"), 5432,
				new CompletableFuture<>());
		Object bean = new Object();

		assertThat(new DataSourceAfterServerStart(starting).postProcessBeforeInitialization(bean, "mailSender"))
			.isSameAs(bean);
	}

}
