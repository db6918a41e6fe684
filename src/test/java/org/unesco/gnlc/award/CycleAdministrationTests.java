package org.unesco.gnlc.award;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hamcrest.Matchers;
import org.springframework.test.web.servlet.ResultActions;

/**
 * UIL_ADMIN runs the cycles: a new cycle starts from the latest criteria, its settings
 * are checked and never overwritten from a stale form, its criteria change only while it
 * is planned, and its phase moves on by the buttons, closing the nominations lapsing what
 * was left undecided.
 */
@PortalTest
class CycleAdministrationTests {

	static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

	@Autowired
	MockMvc mvc;

	@Autowired
	AwardFixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	NominationDashboard dashboard;

	int nextYear() {
		return jdbc.sql("select greatest(max(year) filter (where year < 3000) + 1, 2040) from award_cycle")
			.query(Integer.class)
			.single();
	}

	int yearOf(long cycleId) {
		return jdbc.sql("select year from award_cycle where id = :id")
			.param("id", cycleId)
			.query(Integer.class)
			.single();
	}

	long cycles() {
		return jdbc.sql("select count(*) from award_cycle").query(Long.class).single();
	}

	String state(long cycleId) {
		return jdbc.sql("select state from award_cycle where id = :id")
			.param("id", cycleId)
			.query(String.class)
			.single();
	}

	long version(long cycleId) {
		return jdbc.sql("select version from award_cycle where id = :id")
			.param("id", cycleId)
			.query(Long.class)
			.single();
	}

	List<String> criteria(long cycleId) {
		return jdbc.sql(
				"select position || ':' || name_en || ':' || weight from award_criterion where cycle_id = :id order by position")
			.param("id", cycleId)
			.query(String.class)
			.list();
	}

	/**
	 * The form as a browser sends it, each field once: the defaults below, with the given
	 * field/value pairs instead.
	 */
	static MockHttpServletRequestBuilder cycleForm(MockHttpServletRequestBuilder request, long version, int year,
			String... changes) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("version", String.valueOf(version));
		fields.put("year", String.valueOf(year));
		fields.put("titleEn", "UNESCO Learning City Award " + year);
		fields.put("titleFr", "Prix UNESCO de la ville apprenante " + year);
		fields.put("titleEs", "Premio UNESCO Ciudad del Aprendizaje " + year);
		fields.put("callOpensOn", TODAY.minusDays(5).toString());
		fields.put("cityDeadline", TODAY.plusDays(30).toString());
		fields.put("nominationDeadline", TODAY.plusDays(60).toString());
		fields.put("reviewDeadline", TODAY.plusDays(90).toString());
		fields.put("juryDeadline", TODAY.plusDays(120).toString());
		fields.put("ceremonyOn", TODAY.plusDays(150).toString());
		fields.put("nominationQuota", "2");
		fields.put("awardsAvailable", "10");
		fields.put("iclcOrdinal", "7");
		fields.put("iclcCity", "Hangzhou");
		fields.put("iclcCountryCode", "CN");
		return form(request, fields, changes);
	}

	static MockHttpServletRequestBuilder criterionForm(MockHttpServletRequestBuilder request, long version, String name,
			int weight, String... changes) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("cycleVersion", String.valueOf(version));
		fields.put("nameEn", name);
		fields.put("nameFr", name + " (fr)");
		fields.put("nameEs", name + " (es)");
		fields.put("descriptionEn", "What the city did");
		fields.put("descriptionFr", "Ce que la ville a fait");
		fields.put("descriptionEs", "Lo que hizo la ciudad");
		fields.put("weight", String.valueOf(weight));
		fields.put("scaleMax", "10");
		fields.put("wordLimit", "400");
		return form(request, fields, changes);
	}

	private static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, Map<String, String> fields,
			String... changes) {
		for (int i = 0; i + 1 < changes.length; i += 2) {
			fields.put(changes[i], changes[i + 1]);
		}
		fields.forEach(request::param);
		return request.with(DemoUsers.signedInAs(Role.UIL_ADMIN)).with(csrf());
	}

	long planned() throws Exception {
		MvcResult created = mvc.perform(cycleForm(post("/admin/award-cycles"), 0, nextYear())).andReturn();
		String location = created.getResponse().getRedirectedUrl();
		assertThat(location).as("created, not %s", created.getResponse().getContentAsString())
			.startsWith("/admin/award-cycles/");
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

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

	private ResultActions open(long id) throws Exception {
		return mvc.perform(post("/admin/award-cycles/{id}/open", id).param("version", String.valueOf(version(id)))
			.with(DemoUsers.signedInAs(Role.UIL_ADMIN))
			.with(csrf()));
	}

}
