package org.unesco.gnlc.award;

import java.util.List;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.unesco.gnlc.DemoUsers;
import org.unesco.gnlc.PortalTest;
import org.unesco.gnlc.shared.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The criteria of a cycle change only while it is planned: added, changed, reordered and
 * removed within their bounds, never from a stale page, frozen once the call is open.
 */
@PortalTest
class CycleCriteriaTests extends CycleAdministrationSteps {

	@Test
	void whilePlannedTheCriteriaAreAddedChangedReorderedAndRemoved() throws Exception {
		long id = planned();
		List<String> copied = criteria(id);

		mvc.perform(criterionForm(post("/admin/award-cycles/{id}/criteria", id), version(id),
				"Learning in the workplace", 2))
			.andExpect(redirectedUrl("/admin/award-cycles/" + id));
		assertThat(criteria(id)).hasSize(copied.size() + 1)
			.last()
			.isEqualTo((copied.size() + 1) + ":Learning in the workplace:2");

		long added = jdbc
			.sql("select id from award_criterion where cycle_id = :id and name_en = 'Learning in the workplace'")
			.param("id", id)
			.query(Long.class)
			.single();
		mvc.perform(criterionForm(post("/admin/award-cycles/{id}/criteria/{c}", id, added), version(id),
				"Learning at work", 5))
			.andExpect(flash().attribute("success", "award.nomination.criteria.saved"));
		mvc.perform(post("/admin/award-cycles/{id}/criteria/{c}/move", id, added)
			.param("version", String.valueOf(version(id)))
			.param("direction", "up")
			.with(DemoUsers.signedInAs(Role.UIL_ADMIN))
			.with(csrf())).andExpect(flash().attribute("success", "award.nomination.criteria.moved"));
		assertThat(criteria(id).get(copied.size() - 1)).isEqualTo(copied.size() + ":Learning at work:5");
		assertThat(criteria(id).get(copied.size()))
			.isEqualTo((copied.size() + 1) + copied.get(copied.size() - 1).substring(1));

		long first = jdbc.sql("select id from award_criterion where cycle_id = :id and position = 1")
			.param("id", id)
			.query(Long.class)
			.single();
		mvc.perform(post("/admin/award-cycles/{id}/criteria/{c}/remove", id, first)
			.param("version", String.valueOf(version(id)))
			.with(DemoUsers.signedInAs(Role.UIL_ADMIN))
			.with(csrf())).andExpect(flash().attribute("success", "award.nomination.criteria.removed"));
		assertThat(criteria(id)).hasSize(copied.size())
			.first()
			.asString()
			.startsWith("1:" + copied.get(1).substring(2, 10));

		// A criterion of another cycle is not found through this one.
		long foreign = jdbc
			.sql("select min(k.id) from award_criterion k join award_cycle c on c.id = k.cycle_id where c.year = 2024")
			.query(Long.class)
			.single();
		mvc.perform(
				get("/admin/award-cycles/{id}/criteria/{c}", id, foreign).with(DemoUsers.signedInAs(Role.UIL_ADMIN)))
			.andExpect(status().isNotFound());
	}

	@Test
	void aCriterionOutsideItsBoundsIsRefusedOnTheForm() throws Exception {
		long id = planned();
		List<String> before = criteria(id);
		mvc.perform(criterionForm(post("/admin/award-cycles/{id}/criteria", id), version(id), "Too heavy", 101,
				"wordLimit", "10", "nameEs", ""))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("criterionForm", "weight", "wordLimit", "nameEs"))
			.andExpect(content().string(containsString("Enter a weight from 1 to 100.")));
		assertThat(criteria(id)).isEqualTo(before);
	}

	@Test
	void aCriteriaChangeFromAStalePageAnswersAConflict() throws Exception {
		long id = planned();
		long seen = version(id);
		mvc.perform(criterionForm(post("/admin/award-cycles/{id}/criteria", id), seen, "First", 1))
			.andExpect(status().is3xxRedirection());
		assertThat(version(id)).isGreaterThan(seen);
		mvc.perform(criterionForm(post("/admin/award-cycles/{id}/criteria", id), seen, "Second", 1))
			.andExpect(status().isConflict());
		assertThat(criteria(id)).noneMatch(line -> line.contains("Second"));
	}

	@Test
	void onceTheCallIsOpenTheCriteriaAreFrozen() throws Exception {
		AwardCycle cycle = fixtures.cycle(CycleState.OPEN);
		List<String> before = criteria(cycle.id());
		long criterion = jdbc.sql("select min(id) from award_criterion where cycle_id = :id")
			.param("id", cycle.id())
			.query(Long.class)
			.single();

		mvc.perform(
				criterionForm(post("/admin/award-cycles/{id}/criteria", cycle.id()), version(cycle.id()), "Late", 1))
			.andExpect(flash().attribute("error", "award.nomination.criteria.frozen"));
		mvc.perform(criterionForm(post("/admin/award-cycles/{id}/criteria/{c}", cycle.id(), criterion),
				version(cycle.id()), "Late", 1))
			.andExpect(flash().attribute("error", "award.nomination.criteria.frozen"));
		mvc.perform(post("/admin/award-cycles/{id}/criteria/{c}/remove", cycle.id(), criterion)
			.param("version", String.valueOf(version(cycle.id())))
			.with(DemoUsers.signedInAs(Role.UIL_ADMIN))
			.with(csrf())).andExpect(flash().attribute("error", "award.nomination.criteria.frozen"));
		mvc.perform(post("/admin/award-cycles/{id}/criteria/{c}/move", cycle.id(), criterion)
			.param("version", String.valueOf(version(cycle.id())))
			.param("direction", "down")
			.with(DemoUsers.signedInAs(Role.UIL_ADMIN))
			.with(csrf())).andExpect(flash().attribute("error", "award.nomination.criteria.frozen"));
		mvc.perform(get("/admin/award-cycles/{id}/criteria/new", cycle.id()).with(DemoUsers.signedInAs(Role.UIL_ADMIN)))
			.andExpect(redirectedUrl("/admin/award-cycles/" + cycle.id()))
			.andExpect(flash().attribute("error", "award.nomination.criteria.frozen"));
		mvc.perform(get("/admin/award-cycles/{id}", cycle.id()).with(DemoUsers.signedInAs(Role.UIL_ADMIN)))
			.andExpect(content().string(containsString("the criteria are fixed")))
			.andExpect(content().string(Matchers.not(containsString("/criteria/new"))));
		assertThat(criteria(cycle.id())).isEqualTo(before);
	}

}
