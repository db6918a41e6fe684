package org.unesco.gnlc;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A load balancer may probe {@code /actuator/health} as often as it likes: its database
 * check runs at most once per {@code management.endpoint.health.cache.time-to-live}, not
 * once per probe.
 */
@PortalTest
@Import(StatementCounting.class)
class HealthProbeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	HealthEndpoint health;

	@Test
	void theHealthCheckAsksTheDatabase() throws Exception {
		assertThat(StatementCounting.count(() -> health.health()).sql()).contains("isValid");
	}

	@Test
	void aProbeRightAfterAnotherIsAnsweredWithoutAskingTheDatabase() throws Exception {
		mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
		var second = StatementCounting.count(() -> mvc.perform(get("/actuator/health"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP")));
		assertThat(second.sql()).isEmpty();
	}

}
