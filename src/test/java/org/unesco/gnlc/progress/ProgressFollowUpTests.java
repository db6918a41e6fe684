package org.unesco.gnlc.progress;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.unesco.gnlc.DemoUsers;
import org.unesco.gnlc.PortalTest;
import org.unesco.gnlc.city.Cities;
import org.unesco.gnlc.progress.ProgressFixtures.Member;
import org.unesco.gnlc.shared.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;

/**
 * After the grace period UIL sees the members whose report is missing or not accepted,
 * suspends one with a reason (recorded in the city's history, shown in the directory and
 * on its profile, and barring it from the Award) and reinstates it.
 */
@PortalTest
class ProgressFollowUpTests {

	static final RequestPostProcessor REVIEWER = DemoUsers.signedInAs(Role.UIL_REVIEWER);

	@Autowired
	MockMvc mvc;

	@Autowired
	ProgressFixtures fixtures;

	@Autowired
	Cities cities;

	@Autowired
	JdbcClient jdbc;

	@Test
	void afterTheGracePeriodUilSuspendsAMemberWithAMissingReportAndReinstatesIt() throws Exception {
		Member city = fixtures.member("PE");
		long round = fixtures.openRound(-1, 0);
		long id = fixtures.reportOf(round, city);
		mvc.perform(get("/progress-reports/rounds/{round}/overdue", round).with(REVIEWER))
			.andExpect(content().string(containsString(city.name())));

		mvc.perform(post("/progress-reports/{id}/suspend", id).param("reason", "").with(REVIEWER).with(csrf()))
			.andExpect(flash().attribute("error", "progress.error.reasonRequired"));
		mvc.perform(post("/progress-reports/{id}/suspend", id).param("reason", "No report after two reminders")
			.with(REVIEWER)
			.with(csrf())).andExpect(flash().attribute("success", "progress.followUp.suspended"));
		mvc.perform(post("/progress-reports/{id}/suspend", id).param("reason", "Twice").with(REVIEWER).with(csrf()))
			.andExpect(flash().attribute("error", "progress.error.alreadySuspended"));
		assertThat(cities.isSuspended(city.id())).isTrue();
		assertThat(history(city.id())).contains("suspended: No report after two reminders");

		String slug = cities.byId(city.id()).orElseThrow().slug();
		mvc.perform(get("/cities/{slug}", slug))
			.andExpect(content().string(containsString("The membership of this city is suspended")));
		mvc.perform(get("/cities").param("q", city.name())).andExpect(content().string(containsString("Suspended")));

		mvc.perform(post("/progress-reports/{id}/reinstate", id).param("comment", "Report received by mail")
			.with(REVIEWER)
			.with(csrf())).andExpect(flash().attribute("success", "progress.followUp.reinstated"));
		assertThat(cities.isSuspended(city.id())).isFalse();
		assertThat(history(city.id())).contains("member: Report received by mail");
		mvc.perform(get("/cities/{slug}", slug))
			.andExpect(content().string(not(containsString("The membership of this city is suspended"))));
	}

	@Test
	void aMemberIsNotSuspendedBeforeTheGracePeriodEnds() throws Exception {
		Member city = fixtures.member("PE");
		long round = fixtures.openRound(-1, 30);
		long id = fixtures.reportOf(round, city);
		mvc.perform(get("/progress-reports/rounds/{round}/overdue", round).with(REVIEWER))
			.andExpect(content().string(not(containsString(city.name()))));
		mvc.perform(post("/progress-reports/{id}/suspend", id).param("reason", "Too early").with(REVIEWER).with(csrf()))
			.andExpect(flash().attribute("error", "progress.error.notOverdue"));
		assertThat(cities.isSuspended(city.id())).isFalse();
	}

	@Test
	void aSuspendedMemberCannotApplyForTheAward() throws Exception {
		Member city = fixtures.member("PE");
		long round = fixtures.openRound(-1, 0);
		long id = fixtures.reportOf(round, city);
		mvc.perform(
				post("/progress-reports/{id}/suspend", id).param("reason", "No report").with(REVIEWER).with(csrf()));
		mvc.perform(get("/award").with(city.official()))
			.andExpect(content().string(containsString("a suspended member cannot apply")));
	}

	private String history(long cityId) {
		return String.join("\n", jdbc.sql("""
				select f.new_value from city_profile_change_field f join city_profile_change c on c.id = f.change_id
				where c.city_id = ? and f.field = 'MEMBERSHIP_STATUS'
				""").param(cityId).query(String.class).list());
	}

}
