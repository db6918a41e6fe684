package org.unesco.gnlc.shared.database;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogs;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A portal killed with {@code kill -9} leaves its embedded PostgreSQL running on the data
 * directory. The next start stops that server cleanly and carries on with the data; it
 * never touches a process that is not that directory's server, and says in the log what
 * it stopped and where. A kept directory is written durably.
 */
@ExtendWith(OutputCaptureExtension.class)
class LeftoverServerTests {

	private static final Log LOG = LogFactory.getLog(LeftoverServerTests.class);

	private Path directory;

	private Process portal;

	@BeforeEach
	void keptDataDirectory() throws IOException {
		directory = Files.createTempDirectory("gnlc-leftover-").resolve("postgres");
	}

	@AfterEach
	void cleanUp() throws IOException {
		if (portal != null) {
			portal.destroyForcibly();
		}
		EmbeddedPostgres.stop(directory);
		LeftoverServer.stopIfRunning(directory, LOG);
		FileSystemUtils.deleteRecursively(directory.getParent());
	}

	@Test
	void aServerLeftRunningByAKilledPortalIsStoppedAndTheNextStartKeepsTheData() throws Exception {
		startPortalAndKillIt("before the crash");
		Optional<ProcessHandle> leftover = LeftoverServer.serverOf(directory);
		assertThat(leftover).as("the killed portal's PostgreSQL is still running").isPresent();

		String url = EmbeddedPostgres.jdbcUrl(directory, false, LOG);

		assertThat(leftover.get().isAlive()).isFalse();
		assertThat(query(url, "select name from survivor")).containsExactly("before the crash");
	}

	@Test
	void theStartSaysInTheLogThatItStoppedALeftoverServerAndOnWhichDirectory(CapturedOutput output) throws Exception {
		startPortalAndKillIt("before the crash");
		long pid = LeftoverServer.serverOf(directory).orElseThrow().pid();
		Path served = directory.toAbsolutePath().normalize();
		DeferredLogs logs = new DeferredLogs();
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources()
			.addFirst(new MapPropertySource("test",
					Map.of(EmbeddedPostgresEnvironment.DATA_DIRECTORY, directory.toString())));

		// The portal starting on the directory, as Spring Boot runs it: its log is
		// written once logging is set up.
		new EmbeddedPostgresEnvironment(logs).postProcessEnvironment(environment, new SpringApplication());
		// The server starts in the background; the data source waits for it, as this
		// does.
		EmbeddedPostgres.server(directory, false, LOG).await();
		logs.switchOverAll();

		assertThat(output.getOut().lines().filter(line -> line.contains(" WARN ")))
			.anySatisfy(line -> assertThat(line).contains("PostgreSQL server (pid " + pid + ") left behind")
				.contains("still holds " + served));
		assertThat(output.getOut()).contains("Stopped the leftover PostgreSQL server (pid " + pid + ")");
	}

	@Test
	void aKeptDataDirectoryIsWrittenDurably() throws Exception {
		String url = EmbeddedPostgres.jdbcUrl(directory, false, LOG);

		assertThat(query(url, "show fsync")).containsExactly("on");
		assertThat(query(url, "show synchronous_commit")).containsExactly("on");
		assertThat(query(url, "show full_page_writes")).containsExactly("on");
	}

	@Test
	void aProcessThatIsNotThisDirectorysServerIsNeverTouched() throws Exception {
		Files.createDirectories(directory);
		Process stranger = new ProcessBuilder("sleep", "300").start();
		try {
			// A pid file left over from a crash whose number now belongs to another
			// program.
			Files.writeString(directory.resolve("postmaster.pid"),
					stranger.pid() + "\n" + directory.toAbsolutePath() + "\n1700000000\n5432\n");

			assertThat(LeftoverServer.stopIfRunning(directory, LOG)).isFalse();

			assertThat(stranger.isAlive()).isTrue();
		}
		finally {
			stranger.destroy();
		}
	}

	@Test
	void theServerOfAnotherDataDirectoryIsNeverTouched() throws Exception {
		startPortalAndKillIt("elsewhere");
		long pid = LeftoverServer.serverOf(directory).orElseThrow().pid();
		Path other = Files.createDirectories(directory.resolveSibling("other"));
		Files.copy(directory.resolve("postmaster.pid"), other.resolve("postmaster.pid"));

		assertThat(LeftoverServer.stopIfRunning(other, LOG)).isFalse();

		assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive)).contains(true);
	}

	/** The portal's JVM starts its server, writes a row, and is killed as by kill -9. */
	private void startPortalAndKillIt(String row) throws Exception {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		portal = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), PortalThatDies.class.getName(),
				directory.toString(), row)
			.redirectErrorStream(true)
			.start();
		BufferedReader output = new BufferedReader(
				new InputStreamReader(portal.getInputStream(), StandardCharsets.UTF_8));
		String line;
		while ((line = output.readLine()) != null && !line.equals("READY")) {
			// the server's log, until the portal says it wrote its row
		}
		assertThat(line).as("the portal started its database").isEqualTo("READY");
		portal.destroyForcibly();
		assertThat(portal.waitFor(30, TimeUnit.SECONDS)).isTrue();
	}

	private static List<String> query(String url, String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(url, "postgres", "postgres");
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(sql)) {
			List<String> values = new ArrayList<>();
			while (rows.next()) {
				values.add(rows.getString(1));
			}
			return values;
		}
	}

}
