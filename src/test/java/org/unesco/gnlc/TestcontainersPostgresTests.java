package org.unesco.gnlc;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.postgresql.PostgreSQLContainer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal on a PostgreSQL 17 server of the kind production runs, in a container. Runs
 * where a Docker engine is present and is skipped where there is none; the embedded
 * PostgreSQL covers every other test either way.
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest
@ActiveProfiles({ "test", "demo" })
class TestcontainersPostgresTests {

	@Container
	static final PostgreSQLContainer postgres = new PostgreSQLContainer("postgres:17");

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", postgres::getJdbcUrl);
		registry.add("spring.datasource.username", postgres::getUsername);
		registry.add("spring.datasource.password", postgres::getPassword);
	}

	@Autowired
	JdbcClient jdbc;

	@Test
	void theMigrationsRunOnAPostgreSQL17ServerAndTheDemoAccountsAreThere() {
		assertThat(jdbc.sql("show server_version").query(String.class).single()).startsWith("17");
		assertThat(jdbc.sql("select count(*) from country").query(Integer.class).single()).isEqualTo(249);
		assertThat(jdbc.sql("select count(*) from account").query(Integer.class).single()).isEqualTo(5);
	}

}
