package org.unesco.gnlc.award;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.unesco.gnlc.PortalTest;
import org.unesco.gnlc.shared.security.PortalUser;
import org.unesco.gnlc.shared.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The quota of a National Commission holds however many of its nominations arrive at
 * once: each of twenty requests, released together, runs in its own transaction, and
 * exactly the quota of them nominate while every other one is told that the quota is
 * reached.
 */
@PortalTest
class NominationQuotaTests {

	static final int REQUESTS = 20;

	@Autowired
	MockMvc mvc;

	@Autowired
	AwardFixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Test
	void twentySimultaneousNominationsFromOneNationalCommissionNominateExactlyTheQuota() throws Exception {
		AwardCycle cycle = fixtures.cycle(CycleState.OPEN);
		List<Long> submitted = new ArrayList<>();
		for (int i = 0; i < REQUESTS; i++) {
			submitted.add(fixtures.application(cycle, fixtures.memberCity("PE"), ApplicationState.SUBMITTED).id());
		}
		PortalUser endorser = new PortalUser(310_001, "natcom.pe@test.example", "", "Endorser of Peru",
				Role.NATCOM_ENDORSER, null, "PE", "en", true);

		ExecutorService pool = Executors.newFixedThreadPool(REQUESTS);
		CountDownLatch ready = new CountDownLatch(REQUESTS);
		CountDownLatch start = new CountDownLatch(1);
		List<MvcResult> results = new ArrayList<>();
		try {
			List<Future<MvcResult>> clicks = new ArrayList<>();
			for (long id : submitted) {
				Callable<MvcResult> click = () -> {
					ready.countDown();
					start.await();
					return mvc
						.perform(post("/award/applications/{id}/nominate", id).param("note", "Our first choice")
							.with(user(endorser))
							.with(csrf()))
						.andReturn();
				};
				clicks.add(pool.submit(click));
			}
			assertThat(ready.await(30, TimeUnit.SECONDS)).as("all requests ready").isTrue();
			start.countDown();
			for (Future<MvcResult> click : clicks) {
				results.add(click.get(60, TimeUnit.SECONDS));
			}
		}
		finally {
			pool.shutdownNow();
		}

		long nominated = results.stream()
			.filter(result -> "award.nomination.nominated".equals(result.getFlashMap().get("success")))
			.count();
		List<MvcResult> refused = results.stream()
			.filter(result -> result.getFlashMap().get("success") == null)
			.toList();
		assertThat(nominated).isEqualTo(cycle.nominationQuota());
		assertThat(refused).hasSize(REQUESTS - cycle.nominationQuota()).allSatisfy(result -> {
			assertThat(result.getFlashMap().get("error")).isEqualTo("award.nomination.error.quotaReached");
			assertThat(Arrays.asList((Object[]) result.getFlashMap().get("errorArgs")))
				.containsExactly(cycle.nominationQuota());
		});
		assertThat(jdbc.sql("""
				select state, count(*) from award_application where cycle_id = :cycle and country_code = 'PE'
				group by state order by state
				""").param("cycle", cycle.id()).query((row, n) -> row.getString(1) + "=" + row.getInt(2)).list())
			.containsExactly("NOMINATED=" + cycle.nominationQuota(),
					"SUBMITTED=" + (REQUESTS - cycle.nominationQuota()));
		assertThat(jdbc.sql("""
				select count(*) from award_transition t join award_application a on a.id = t.application_id
				where a.cycle_id = :cycle and t.to_state = 'NOMINATED'
				""").param("cycle", cycle.id()).query(Integer.class).single()).isEqualTo(cycle.nominationQuota());
	}

}
