package org.unesco.gnlc.shared.database;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.aot.AotDetector;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class EmbeddedPostgresEnvironmentTests {

	private final EmbeddedPostgresEnvironment embedded = new EmbeddedPostgresEnvironment();

	@Test
	void productionRefusesToStartOnTheEmbeddedDatabase() {
		StandardEnvironment environment = new StandardEnvironment();
		environment.setActiveProfiles("prod");
		assertThatIllegalStateException()
			.isThrownBy(() -> embedded.postProcessEnvironment(environment, new SpringApplication()))
			.withMessageContaining("SPRING_DATASOURCE_URL");
	}

	@Test
	void productionRefusesTheAotProcessedStartWhoseBeansAreTheDemoProfiles() {
		StandardEnvironment environment = productionWithItsServer();
		System.setProperty(AotDetector.AOT_ENABLED, "true");
		try {
			assertThatIllegalStateException()
				.isThrownBy(() -> embedded.postProcessEnvironment(environment, new SpringApplication()))
				.withMessageContaining("demo accounts");
		}
		finally {
			System.clearProperty(AotDetector.AOT_ENABLED);
		}
	}

	@Test
	void aConfiguredServerIsUsedAndNothingIsStarted() {
		StandardEnvironment environment = productionWithItsServer();
		embedded.postProcessEnvironment(environment, new SpringApplication());
		assertThat(environment.getProperty("spring.datasource.url")).isEqualTo("jdbc:postgresql://db.example.org/gnlc");
		assertThat(environment.getPropertySources().contains("embeddedPostgres")).isFalse();
	}

	private static StandardEnvironment productionWithItsServer() {
		StandardEnvironment environment = new StandardEnvironment();
		environment.setActiveProfiles("prod");
		environment.getPropertySources()
			.addFirst(new MapPropertySource("configured",
					Map.of("spring.datasource.url", "jdbc:postgresql://db.example.org/gnlc")));
		return environment;
	}

}
