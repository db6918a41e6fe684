package org.unesco.gnlc.award;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.unesco.gnlc.DemoUsers;
import org.unesco.gnlc.PortalTest;
import org.unesco.gnlc.shared.security.Role;
import org.unesco.gnlc.shared.web.DashboardPanel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A cycle's phase moves on by the buttons: the call opens only with its deadlines and
 * criteria, closing the nominations lapses what was left undecided, and the
 * administrator's dashboard lists the cycles under way.
 */
@PortalTest
class CyclePhaseTests extends CycleAdministrationSteps {

	@Test
	void theCallOpensOnlyWithItsDeadlinesAndCriteria() throws Exception {
		long id = planned();
		jdbc.sql(
				"update award_cycle set city_deadline = null, nomination_deadline = null, review_deadline = null where id = :id")
			.param("id", id)
			.update();
		open(id).andExpect(flash().attribute("error", "award.error.deadlinesMissing"));
		assertThat(state(id)).isEqualTo("PLANNED");

		jdbc.sql("update award_cycle set city_deadline = :c, nomination_deadline = :n where id = :id")
			.param("c", TODAY.plusDays(30))
			.param("n", TODAY.plusDays(60))
			.param("id", id)
			.update();
		jdbc.sql("delete from award_criterion where cycle_id = :id").param("id", id).update();
		open(id).andExpect(flash().attribute("error", "award.error.criteriaMissing"));
		assertThat(state(id)).isEqualTo("PLANNED");

		mvc.perform(criterionForm(post("/admin/award-cycles/{id}/criteria", id), version(id), "The only one", 1));
		open(id).andExpect(flash().attribute("success", "award.nomination.cycle.opened"));
		assertThat(state(id)).isEqualTo("OPEN");
		open(id).andExpect(flash().attribute("error", "award.error.cycleWrongState"));
		assertThat(jdbc.sql(
				"select coalesce(from_state, '-') || '>' || to_state from award_cycle_transition where cycle_id = :id order by at, id")
			.param("id", id)
			.query(String.class)
			.list()).containsExactly("->PLANNED", "PLANNED>OPEN");
	}

	@Test
	void aPhaseButtonOnAStalePageAnswersAConflict() throws Exception {
		long id = planned();
		long seen = version(id);
		mvc.perform(cycleForm(post("/admin/award-cycles/{id}", id), seen, yearOf(id), "awardsAvailable", "8"));
		mvc.perform(post("/admin/award-cycles/{id}/open", id).param("version", String.valueOf(seen))
			.with(DemoUsers.signedInAs(Role.UIL_ADMIN))
			.with(csrf())).andExpect(status().isConflict());
		assertThat(state(id)).isEqualTo("PLANNED");
	}

	@Test
	void closingTheNominationsLapsesWhatWasLeftUndecidedAndKeepsDrafts() throws Exception {
		AwardCycle cycle = fixtures.cycle(CycleState.OPEN);
		AwardApplication draft = fixtures.application(cycle, fixtures.memberCity("BO"), ApplicationState.DRAFT);
		AwardApplication waiting = fixtures.application(cycle, fixtures.memberCity("BO"), ApplicationState.SUBMITTED);
		AwardApplication alsoWaiting = fixtures.application(cycle, fixtures.memberCity("PY"),
				ApplicationState.SUBMITTED);
		AwardApplication nominated = fixtures.application(cycle, fixtures.memberCity("BO"), ApplicationState.NOMINATED);
		AwardApplication declined = fixtures.application(cycle, fixtures.memberCity("PY"),
				ApplicationState.NOT_NOMINATED);
		mvc.perform(get("/admin/award-cycles/{id}", cycle.id()).with(DemoUsers.signedInAs(Role.UIL_ADMIN)))
			.andExpect(content().string(containsString("2 applications still waiting for their National Commission")));

		mvc.perform(post("/admin/award-cycles/{id}/close-nominations", cycle.id())
			.param("version", String.valueOf(version(cycle.id())))
			.with(DemoUsers.signedInAs(Role.UIL_ADMIN))
			.with(csrf()))
			.andExpect(redirectedUrl("/admin/award-cycles/" + cycle.id()))
			.andExpect(flash().attribute("success", "award.nomination.cycle.nominationsClosed"));

		assertThat(state(cycle.id())).isEqualTo("REVIEW");
		assertThat(jdbc.sql("select id || ':' || state from award_application where cycle_id = :id order by id")
			.param("id", cycle.id())
			.query(String.class)
			.list()).containsExactly(draft.id() + ":DRAFT", waiting.id() + ":NOT_NOMINATED",
					alsoWaiting.id() + ":NOT_NOMINATED", nominated.id() + ":NOMINATED",
					declined.id() + ":NOT_NOMINATED");
		assertThat(jdbc.sql("""
				select t.actor_role || ':' || t.comment from award_transition t
				where t.application_id in (:ids) and t.to_state = 'NOT_NOMINATED'
				""").param("ids", List.of(waiting.id(), alsoWaiting.id())).query(String.class).list())
			.containsOnly(
					"UIL_ADMIN:Your National Commission did not nominate this application before nominations closed.")
			.hasSize(2);
		mvc.perform(post("/admin/award-cycles/{id}/close-nominations", cycle.id())
			.param("version", String.valueOf(version(cycle.id())))
			.with(DemoUsers.signedInAs(Role.UIL_ADMIN))
			.with(csrf())).andExpect(flash().attribute("error", "award.error.cycleWrongState"));
		mvc.perform(get("/admin/award-cycles/{id}", cycle.id()).with(DemoUsers.signedInAs(Role.UIL_ADMIN)))
			.andExpect(content().string(containsString("Call open → Under review")));
	}

	@Test
	void theAdministratorsDashboardListsTheCyclesUnderWay() throws Exception {
		long id = planned();
		// The panel lists the latest cycles under way: make this one the latest whatever
		// other tests made.
		jdbc.sql("update award_cycle set year = (select max(year) + 1 from award_cycle) where id = :id")
			.param("id", id)
			.update();
		int year = jdbc.sql("select year from award_cycle where id = :id")
			.param("id", id)
			.query(Integer.class)
			.single();
		DashboardPanel.Panel panel = dashboard.panelFor(DemoUsers.person(Role.UIL_ADMIN)).orElseThrow();
		assertThat(panel.items()).anySatisfy(item -> {
			assertThat(item.messageKey()).isEqualTo("award.nomination.dashboard.admin.cycle.PLANNED");
			assertThat(item.arguments()).containsExactly(String.valueOf(year));
			assertThat(item.href()).isEqualTo("/admin/award-cycles/" + id);
		});
		assertThat(panel.items()).last().satisfies(item -> assertThat(item.href()).isEqualTo("/admin/award-cycles"));
		mvc.perform(get("/my").with(DemoUsers.signedInAs(Role.UIL_ADMIN)))
			.andExpect(content().string(containsString("The " + year + " cycle is planned")));
	}

}
