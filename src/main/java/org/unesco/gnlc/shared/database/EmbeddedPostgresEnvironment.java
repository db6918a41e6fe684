package org.unesco.gnlc.shared.database;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.aot.AotDetector;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.Profiles;
import org.springframework.util.StringUtils;

/**
 * Starts an embedded PostgreSQL when no {@code spring.datasource.url} is configured, so
 * that {@code ./mvnw spring-boot:run} needs nothing installed. With a URL, nothing starts
 * and that server is used. The {@code prod} profile refuses the embedded server, and the
 * AOT-processed start (built for the demo profile by the {@code spring-aot} Maven
 * profile).
 *
 * <p>
 * Runs as an environment post-processor (after the config files are read) so that the
 * data source, Flyway and Spring Session are configured by Spring Boot as usual.
 */
public class EmbeddedPostgresEnvironment implements EnvironmentPostProcessor, Ordered {

	static final String DATA_DIRECTORY = "gnlc.embedded-database.data-directory";

	/**
	 * The database on the embedded server: {@code postgres}, or one a test keeps to
	 * itself.
	 */
	static final String DATABASE = "gnlc.embedded-database.database";

	private final Log log;

	/** As Spring Boot creates it: with a log that is written once logging is set up. */
	public EmbeddedPostgresEnvironment(DeferredLogFactory logs) {
		this.log = logs.getLog(EmbeddedPostgresEnvironment.class);
	}

	public EmbeddedPostgresEnvironment() {
		this.log = LogFactory.getLog(EmbeddedPostgresEnvironment.class);
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (AotDetector.useGeneratedArtifacts() && environment.acceptsProfiles(Profiles.of("prod"))) {
			// The spring-aot build fixed the beans of the demo profile, demo data
			// included.
			throw new IllegalStateException("""
					The AOT-processed start (-Dspring.aot.enabled=true) holds the beans of the demo profile, \
					demo accounts included: the prod profile starts without it.""");
		}
		if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))) {
			return;
		}
		if (environment.acceptsProfiles(Profiles.of("prod"))) {
			throw new IllegalStateException("""
					The prod profile needs a real PostgreSQL server: set SPRING_DATASOURCE_URL, \
					SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD. \
					The embedded database is for trying the portal and for tests only.""");
		}
		String configured = environment.getProperty(DATA_DIRECTORY);
		boolean ephemeral = !StringUtils.hasText(configured);
		Path directory = ephemeral ? temporaryDirectory() : Path.of(configured);
		String database = environment.getProperty(DATABASE, "postgres");
		String url;
		if (database.equals("postgres")) {
			// The server starts while the context is built; the data source waits for it.
			EmbeddedPostgres.Server server = EmbeddedPostgres.server(directory, ephemeral, log);
			url = server.jdbcUrl();
			application.addInitializers(
					(context) -> context.getBeanFactory().addBeanPostProcessor(new DataSourceAfterServerStart(server)));
		}
		else {
			url = EmbeddedPostgres.jdbcUrl(directory, ephemeral, log, database);
		}
		application.addListeners(EmbeddedPostgres.contextTracker());
		environment.getPropertySources()
			.addFirst(new MapPropertySource("embeddedPostgres", Map.of("spring.datasource.url", url,
					"spring.datasource.username", "postgres", "spring.datasource.password", "postgres")));
	}

	private static Path temporaryDirectory() {
		// One server per test run: a JVM-wide directory, cleaned when the server starts.
		return Path.of(System.getProperty("java.io.tmpdir"), "gnlc-embedded-postgres-" + ProcessHandle.current().pid());
	}

	@Override
	public int getOrder() {
		// After the config data (application.properties, profiles) has been loaded.
		return Ordered.LOWEST_PRECEDENCE;
	}

}
