package org.unesco.gnlc.award;

import org.junit.jupiter.api.Test;
import org.unesco.gnlc.DemoUsers;
import org.unesco.gnlc.PortalTest;
import org.unesco.gnlc.shared.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * UIL_ADMIN plans a cycle: a new cycle starts from the latest criteria, its settings are
 * checked on the form and never overwritten from a stale one.
 */
@PortalTest
class CycleSettingsTests extends CycleAdministrationSteps {

	@Test
	void aNewCycleIsPlannedWithTheCriteriaOfTheLatestCycleThatHasCriteria() throws Exception {
		long template = jdbc.sql("""
				select c.id from award_cycle c where exists (select 1 from award_criterion k where k.cycle_id = c.id)
				order by c.year desc limit 1
				""").query(Long.class).single();
		mvc.perform(get("/admin/award-cycles/new").with(DemoUsers.signedInAs(Role.UIL_ADMIN)))
			.andExpect(status().isOk())
			.andExpect(result -> assertThat(
					((CycleForm) result.getModelAndView().getModel().get("cycleForm")).nominationQuota())
				.isEqualTo(2));

		long id = planned();

		assertThat(state(id)).isEqualTo("PLANNED");
		assertThat(criteria(id)).isNotEmpty().isEqualTo(criteria(template));
		assertThat(jdbc.sql("select to_state || ':' || actor_role from award_cycle_transition where cycle_id = :id")
			.param("id", id)
			.query(String.class)
			.list()).containsExactly("PLANNED:UIL_ADMIN");
		mvc.perform(get("/admin/award-cycles/{id}", id).with(DemoUsers.signedInAs(Role.UIL_ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Hangzhou")))
			.andExpect(content().string(containsString("Timeline")))
			.andExpect(content().string(containsString("Open the call")));
	}

	@Test
	void theEightCriteriaOfThe2024CallAreTheDefaultSet() {
		assertThat(jdbc.sql("""
				select k.name_en from award_criterion k join award_cycle c on c.id = k.cycle_id
				where c.year = 2024 order by k.position
				""").query(String.class).list()).hasSize(8)
			.startsWith("Advancement of the learning city plan")
			.endsWith("Contributions to GNLC activities");
	}

	@Test
	void theListShowsEveryCycleWithItsPhaseLatestFirst() throws Exception {
		long id = planned();
		int year = jdbc.sql("select year from award_cycle where id = :id")
			.param("id", id)
			.query(Integer.class)
			.single();
		// latest first: other tests' cycles of later years come before it
		long later = jdbc.sql("select count(*) from award_cycle where year > :year")
			.param("year", year)
			.query(Long.class)
			.single();
		mvc.perform(get("/admin/award-cycles").param("page", String.valueOf(later / CycleAdministration.PAGE_SIZE))
			.with(DemoUsers.signedInAs(Role.UIL_ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/admin/award-cycles/" + id + "\">" + year)))
			.andExpect(content().string(containsString("Planned")));
		long pages = (cycles() + CycleAdministration.PAGE_SIZE - 1) / CycleAdministration.PAGE_SIZE;
		mvc.perform(get("/admin/award-cycles").param("page", String.valueOf(pages - 1))
			.with(DemoUsers.signedInAs(Role.UIL_ADMIN)))
			.andExpect(content().string(containsString(">2015<")))
			.andExpect(content().string(containsString("Published")));
	}

	@Test
	void aYearThatHasACycleAlreadyIsRefusedOnTheForm() throws Exception {
		long before = cycles();
		mvc.perform(cycleForm(post("/admin/award-cycles"), 0, 2024))
			.andExpect(status().isOk())
			.andExpect(view().name("award/nomination/admin-cycle-form"))
			.andExpect(model().attributeHasFieldErrorCode("cycleForm", "year", "award.nomination.cycle.yearTaken"))
			.andExpect(content().string(containsString("There is already a cycle for 2024")));
		assertThat(cycles()).isEqualTo(before);
	}

	@Test
	void deadlinesOutOfOrderAreRefusedAndNothingIsSaved() throws Exception {
		long before = cycles();
		mvc.perform(cycleForm(post("/admin/award-cycles"), 0, nextYear(), "nominationDeadline",
				TODAY.plusDays(10).toString()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasErrors("cycleForm"))
			.andExpect(content().string(containsString("The dates must follow each other")));
		assertThat(cycles()).isEqualTo(before);

		long id = planned();
		long version = version(id);
		mvc.perform(cycleForm(post("/admin/award-cycles/{id}", id), version, yearOf(id), "juryDeadline",
				TODAY.plusDays(80).toString(), "titleEn", "Changed"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The dates must follow each other")));
		assertThat(version(id)).isEqualTo(version);
		assertThat(jdbc.sql("select title_en from award_cycle where id = :id")
			.param("id", id)
			.query(String.class)
			.single()).startsWith("UNESCO Learning City Award");
	}

	@Test
	void badInputShowsEachProblemOnTheForm() throws Exception {
		long before = cycles();
		mvc.perform(cycleForm(post("/admin/award-cycles"), 0, nextYear(), "titleFr", " ", "nominationQuota", "0",
				"iclcCountryCode", "xx"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("cycleForm", "titleFr", "nominationQuota", "iclcCountryCode"))
			.andExpect(content().string(containsString("Enter the title in French.")))
			.andExpect(content().string(containsString("Enter a number from 1 to 10.")))
			.andExpect(content().string(containsString("Choose the host country from the list.")));
		mvc.perform(cycleForm(post("/admin/award-cycles"), 0, nextYear(), "cityDeadline", "31/05/2030"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("cycleForm", "cityDeadline"))
			.andExpect(content().string(containsString("Enter a date.")))
			.andExpect(content().string(containsString("value=\"31/05/2030\"")))
			.andExpect(content().string(containsString("value=\"Hangzhou\"")));
		assertThat(cycles()).isEqualTo(before);
	}

	@Test
	void settingsSavedFromAStaleFormAnswerAConflictAndKeepTheOtherChange() throws Exception {
		long id = planned();
		long seen = version(id);
		mvc.perform(get("/admin/award-cycles/{id}/edit", id).with(DemoUsers.signedInAs(Role.UIL_ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"version\" value=\"" + seen + "\"")));

		mvc.perform(cycleForm(post("/admin/award-cycles/{id}", id), seen, yearOf(id), "nominationQuota", "3"))
			.andExpect(redirectedUrl("/admin/award-cycles/" + id))
			.andExpect(flash().attribute("success", "award.nomination.cycle.saved"));
		mvc.perform(cycleForm(post("/admin/award-cycles/{id}", id), seen, yearOf(id), "nominationQuota", "1"))
			.andExpect(status().isConflict());

		assertThat(jdbc.sql("select nomination_quota from award_cycle where id = :id")
			.param("id", id)
			.query(Integer.class)
			.single()).isEqualTo(3);
	}

}
