package org.unesco.gnlc.award;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.unesco.gnlc.DemoUsers;
import org.unesco.gnlc.PortalTest;
import org.unesco.gnlc.shared.security.PortalUser;
import org.unesco.gnlc.shared.security.Role;
import org.unesco.gnlc.shared.web.DashboardPanel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The National Commission's rules: it sees and decides on its own country's applications
 * only, nominates with a note and declines with a reason, within the quota and the
 * deadline, once per application; its ranking covers every waiting application. Every
 * refusal says why and changes nothing.
 */
@PortalTest
class NominationRulesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AwardFixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Nominations nominations;

	@Autowired
	NominationDashboard dashboard;

	static PortalUser endorserOf(String country) {
		return new PortalUser(320_000 + country.charAt(0) * 100 + country.charAt(1),
				"natcom." + country + "@test.example", "", "Endorser of " + country, Role.NATCOM_ENDORSER, null,
				country, "en", true);
	}

	AwardApplication submitted(AwardCycle cycle, String country) {
		return fixtures.application(cycle, fixtures.memberCity(country), ApplicationState.SUBMITTED);
	}

	MvcResult nominate(long id, String note, PortalUser endorser) throws Exception {
		return mvc
			.perform(
					post("/award/applications/{id}/nominate", id).param("note", note).with(user(endorser)).with(csrf()))
			.andReturn();
	}

	MvcResult decline(long id, String reason, PortalUser endorser) throws Exception {
		return mvc.perform(
				post("/award/applications/{id}/decline", id).param("reason", reason).with(user(endorser)).with(csrf()))
			.andReturn();
	}

	String state(long id) {
		return jdbc.sql("select state from award_application where id = :id")
			.param("id", id)
			.query(String.class)
			.single();
	}

	@Test
	void theNationalCommissionNominatesWithANoteThatUilReads() throws Exception {
		AwardCycle cycle = fixtures.cycle(CycleState.OPEN);
		AwardApplication application = submitted(cycle, "CL");

		MvcResult result = nominate(application.id(), "  A city that turned its libraries into learning hubs.  ",
				endorserOf("CL"));

		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/award/nominations");
		assertThat(result.getFlashMap().get("success")).isEqualTo("award.nomination.nominated");
		assertThat(state(application.id())).isEqualTo("NOMINATED");
		assertThat(jdbc.sql("select nomination_note from award_application where id = :id")
			.param("id", application.id())
			.query(String.class)
			.single()).isEqualTo("A city that turned its libraries into learning hubs.");
		assertThat(jdbc.sql("""
				select actor_role || ':' || comment from award_transition
				where application_id = :id and to_state = 'NOMINATED'
				""").param("id", application.id()).query(String.class).single())
			.isEqualTo("NATCOM_ENDORSER:A city that turned its libraries into learning hubs.");
	}

	@Test
	void aNominationWithoutANoteIsRefusedAndChangesNothing() throws Exception {
		AwardCycle cycle = fixtures.cycle(CycleState.OPEN);
		AwardApplication application = submitted(cycle, "CL");

		for (String note : List.of("", "   ")) {
			MvcResult result = nominate(application.id(), note, endorserOf("CL"));
			assertThat(result.getFlashMap().get("error")).isEqualTo("award.error.nominationNoteRequired");
		}
		mvc.perform(
				post("/award/applications/{id}/nominate", application.id()).with(user(endorserOf("CL"))).with(csrf()))
			.andExpect(flash().attribute("error", "award.error.nominationNoteRequired"));
		assertThat(state(application.id())).isEqualTo("SUBMITTED");
	}

	@Test
	void declineNeedsAReasonWhichIsRecordedForTheCity() throws Exception {
		AwardCycle cycle = fixtures.cycle(CycleState.OPEN);
		AwardApplication application = submitted(cycle, "CL");

		assertThat(decline(application.id(), " ", endorserOf("CL")).getFlashMap().get("error"))
			.isEqualTo("award.error.reasonRequired");
		assertThat(state(application.id())).isEqualTo("SUBMITTED");

		MvcResult result = decline(application.id(), "Two other cities are further along this year.", endorserOf("CL"));
		assertThat(result.getFlashMap().get("success")).isEqualTo("award.nomination.declined");
		assertThat(state(application.id())).isEqualTo("NOT_NOMINATED");
		assertThat(jdbc
			.sql("select comment from award_transition where application_id = :id and to_state = 'NOT_NOMINATED'")
			.param("id", application.id())
			.query(String.class)
			.single()).isEqualTo("Two other cities are further along this year.");
	}

	@Test
	void notNominatingIsConfirmedFirstWithTheReasonAndWhoIsToldAndChangesNothingUntilConfirmed() throws Exception {
		AwardCycle cycle = fixtures.cycle(CycleState.OPEN);
		AwardApplication application = submitted(cycle, "CL");

		mvc.perform(post("/award/applications/{id}/decline/check", application.id())
			.param("reason", "Two other cities are further along this year.")
			.with(user(endorserOf("CL")))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This cannot be undone")))
			.andExpect(content().string(containsString("Two other cities are further along this year.")))
			.andExpect(content().string(containsString("are told by e-mail, with your reason")))
			.andExpect(
					content().string(containsString("action=\"/award/applications/" + application.id() + "/decline\"")))
			.andExpect(content().string(containsString("No, back to the nominations")));
		assertThat(state(application.id())).isEqualTo("SUBMITTED");

		MvcResult blank = mvc
			.perform(post("/award/applications/{id}/decline/check", application.id()).param("reason", " ")
				.with(user(endorserOf("CL")))
				.with(csrf()))
			.andReturn();
		assertThat(blank.getFlashMap().get("error")).isEqualTo("award.error.reasonRequired");
		mvc.perform(post("/award/applications/{id}/decline/check", application.id()).param("reason", "No")
			.with(user(endorserOf("AR")))
			.with(csrf())).andExpect(status().isForbidden());
		assertThat(state(application.id())).isEqualTo("SUBMITTED");
	}

	@Test
	void anEndorserOfAnotherCountryCanNeitherSeeNorDecideTheApplication() throws Exception {
		AwardCycle cycle = fixtures.cycle(CycleState.OPEN);
		AwardApplication application = submitted(cycle, "CL");
		PortalUser argentina = endorserOf("AR");

		mvc.perform(post("/award/applications/{id}/nominate", application.id()).param("note", "Ours now")
			.with(user(argentina))
			.with(csrf())).andExpect(status().isForbidden());
		mvc.perform(post("/award/applications/{id}/decline", application.id()).param("reason", "No")
			.with(user(argentina))
			.with(csrf())).andExpect(status().isForbidden());
		mvc.perform(get("/award/nominations").with(user(argentina)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(application.reference()))));
		mvc.perform(get("/award/nominations").with(user(endorserOf("CL"))))
			.andExpect(content().string(containsString(application.reference())));
		assertThat(state(application.id())).isEqualTo("SUBMITTED");
	}

	@Test
	void noOtherRoleNominatesOrDeclines() throws Exception {
		AwardCycle cycle = fixtures.cycle(CycleState.OPEN);
		AwardApplication application = submitted(cycle, "CL");
		for (Role role : List.of(Role.CITY_OFFICIAL, Role.UIL_REVIEWER, Role.JURY_MEMBER, Role.UIL_ADMIN)) {
			for (String action : List.of("nominate", "decline", "decline/check")) {
				mvc.perform(post("/award/applications/{id}/" + action, application.id()).param("note", "x")
					.param("reason", "x")
					.with(DemoUsers.signedInAs(role))
					.with(csrf())).andExpect(status().isForbidden());
			}
			mvc.perform(get("/award/nominations").with(DemoUsers.signedInAs(role))).andExpect(status().isForbidden());
		}
		// The service checks the role again, whatever the web layer lets through.
		PortalUser admin = DemoUsers.person(Role.UIL_ADMIN);
		assertThatThrownBy(() -> nominations.nominate(admin, application.id(), "note"))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> nominations.decline(admin, application.id(), "reason"))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(state(application.id())).isEqualTo("SUBMITTED");
	}

	@Test
	void anUnknownApplicationIsNotFound() throws Exception {
		mvc.perform(post("/award/applications/999999/nominate").param("note", "x")
			.with(user(endorserOf("CL")))
			.with(csrf())).andExpect(status().isNotFound());
	}

	@Test
	void afterTheNominationDeadlineNothingCanBeDecided() throws Exception {
		AwardCycle cycle = fixtures.cycle(CycleState.OPEN);
		AwardApplication application = submitted(cycle, "CL");
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		jdbc.sql(
				"""
						update award_cycle set call_opens_on = :opened, city_deadline = :cities, nomination_deadline = :nominations
						where id = :id
						""")
			.param("opened", today.minusDays(30))
			.param("cities", today.minusDays(10))
			.param("nominations", today.minusDays(1))
			.param("id", cycle.id())
			.update();

		MvcResult nominated = nominate(application.id(), "Late but convinced", endorserOf("CL"));
		assertThat(nominated.getFlashMap().get("error")).isEqualTo("award.nomination.error.closed");
		assertThat(decline(application.id(), "Late", endorserOf("CL")).getFlashMap().get("error"))
			.isEqualTo("award.nomination.error.closed");
		assertThat(state(application.id())).isEqualTo("SUBMITTED");
		mvc.perform(get("/award/nominations").with(user(endorserOf("CL"))))
			.andExpect(content().string(containsString("has passed: decisions can no longer be recorded")));
	}

	@Test
	void onceUilClosesTheNominationsTheNationalCommissionCannotNominate() throws Exception {
		AwardCycle cycle = fixtures.cycle(CycleState.OPEN);
		AwardApplication application = submitted(cycle, "CL");
		fixtures.advance(cycle, CycleState.REVIEW);
		assertThat(nominate(application.id(), "Too late", endorserOf("CL")).getFlashMap().get("error"))
			.isEqualTo("award.nomination.error.closed");
	}

	@Test
	void aSecondNominationOfTheSameApplicationIsRefused() throws Exception {
		AwardCycle cycle = fixtures.cycle(CycleState.OPEN);
		AwardApplication application = submitted(cycle, "CL");

		assertThat(nominate(application.id(), "First click", endorserOf("CL")).getFlashMap().get("success"))
			.isEqualTo("award.nomination.nominated");
		assertThat(nominate(application.id(), "Second click", endorserOf("CL")).getFlashMap().get("error"))
			.isEqualTo("award.error.wrongState");
		assertThat(decline(application.id(), "Changed our mind", endorserOf("CL")).getFlashMap().get("error"))
			.isEqualTo("award.error.wrongState");
		assertThat(
				jdbc.sql("select count(*) from award_transition where application_id = :id and to_state = 'NOMINATED'")
					.param("id", application.id())
					.query(Integer.class)
					.single())
			.isEqualTo(1);
		assertThat(state(application.id())).isEqualTo("NOMINATED");
	}

	@Test
	void overTheQuotaTheNationalCommissionIsToldTheQuotaAndCanStillDecline() throws Exception {
		AwardCycle cycle = fixtures.cycle(CycleState.OPEN);
		AwardApplication first = submitted(cycle, "CL");
		AwardApplication second = submitted(cycle, "CL");
		AwardApplication third = submitted(cycle, "CL");
		AwardApplication elsewhere = submitted(cycle, "AR");
		nominate(first.id(), "One", endorserOf("CL"));
		nominate(second.id(), "Two", endorserOf("CL"));

		MvcResult refused = nominate(third.id(), "Three", endorserOf("CL"));
		assertThat(refused.getFlashMap().get("error")).isEqualTo("award.nomination.error.quotaReached");
		assertThat(Arrays.asList((Object[]) refused.getFlashMap().get("errorArgs"))).containsExactly(2);
		assertThat(state(third.id())).isEqualTo("SUBMITTED");
		// Another country's quota is its own.
		assertThat(nominate(elsewhere.id(), "Ours", endorserOf("AR")).getFlashMap().get("success"))
			.isEqualTo("award.nomination.nominated");
		assertThat(decline(third.id(), "Our two places are taken.", endorserOf("CL")).getFlashMap().get("success"))
			.isEqualTo("award.nomination.declined");
	}

	@Test
	void thePageShowsTheQuotaUsedAndTheDecisions() throws Exception {
		AwardCycle cycle = fixtures.cycle(CycleState.OPEN);
		AwardApplication nominated = submitted(cycle, "CL");
		AwardApplication waiting = submitted(cycle, "CL");
		AwardApplication draft = fixtures.application(cycle, fixtures.memberCity("CL"), ApplicationState.DRAFT);
		nominate(nominated.id(), "The note UIL reads", endorserOf("CL"));

		String page = mvc.perform(get("/award/nominations").with(user(endorserOf("CL"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String section = page.substring(page.indexOf("id=\"cycle-" + cycle.id() + "\""));
		section = section.substring(0, section.indexOf("</section>"));
		assertThat(section).contains("1 of 2 nominated", "one nomination left", "The note UIL reads",
				"/award/applications/" + waiting.id() + "/nominate", "/award/applications/" + waiting.id() + "/decline")
			.doesNotContain("/award/applications/" + nominated.id() + "/nominate")
			.doesNotContain("/award/applications/" + draft.id());
	}

	@Test
	void theRankingGivesEveryWaitingApplicationItsOwnRank() throws Exception {
		AwardCycle cycle = fixtures.cycle(CycleState.OPEN);
		AwardApplication a = submitted(cycle, "CL");
		AwardApplication b = submitted(cycle, "CL");
		AwardApplication c = submitted(cycle, "CL");

		rank(cycle, endorserOf("CL"),
				new long[][] { { a.id(), a.version(), 3 }, { b.id(), b.version(), 1 }, { c.id(), c.version(), 2 } })
			.andExpect(redirectedUrl("/award/nominations"))
			.andExpect(flash().attribute("success", "award.nomination.ranking.saved"));

		assertThat(ranks(cycle)).containsExactly(b.id() + ":1", c.id() + ":2", a.id() + ":3");
		// The page now lists them in the National Commission's order.
		String page = mvc.perform(get("/award/nominations").with(user(endorserOf("CL"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page.indexOf("rank-" + b.id())).isLessThan(page.indexOf("rank-" + c.id()));
		assertThat(page.indexOf("rank-" + c.id())).isLessThan(page.indexOf("rank-" + a.id()));
	}

	@Test
	void aRankingThatLeavesOutAnApplicationOrRepeatsARankIsRefused() throws Exception {
		AwardCycle cycle = fixtures.cycle(CycleState.OPEN);
		AwardApplication a = submitted(cycle, "CL");
		AwardApplication b = submitted(cycle, "CL");

		rank(cycle, endorserOf("CL"), new long[][] { { a.id(), a.version(), 1 }, { b.id(), b.version(), 1 } })
			.andExpect(flash().attribute("error", "award.nomination.ranking.invalid"));
		rank(cycle, endorserOf("CL"), new long[][] { { a.id(), a.version(), 1 }, { b.id(), b.version(), 3 } })
			.andExpect(flash().attribute("error", "award.nomination.ranking.invalid"));
		rank(cycle, endorserOf("CL"), new long[][] { { a.id(), a.version(), 1 } })
			.andExpect(flash().attribute("error", "award.nomination.ranking.listChanged"));
		mvc.perform(post("/award/nominations/{id}/ranking", cycle.id()).param("entries[0].id", String.valueOf(a.id()))
			.param("entries[0].version", String.valueOf(a.version()))
			.param("entries[0].rank", "first")
			.param("entries[1].id", String.valueOf(b.id()))
			.param("entries[1].version", String.valueOf(b.version()))
			.param("entries[1].rank", "2")
			.with(user(endorserOf("CL")))
			.with(csrf())).andExpect(flash().attribute("error", "award.nomination.ranking.invalid"));
		assertThat(ranks(cycle)).containsExactly(a.id() + ":null", b.id() + ":null");
	}

	@Test
	void aRankingMadeOnAStalePageIsRefusedWithAConflict() throws Exception {
		AwardCycle cycle = fixtures.cycle(CycleState.OPEN);
		AwardApplication a = submitted(cycle, "CL");
		AwardApplication b = submitted(cycle, "CL");
		long[][] seen = { { a.id(), a.version(), 1 }, { b.id(), b.version(), 2 } };
		rank(cycle, endorserOf("CL"), seen).andExpect(flash().attribute("success", "award.nomination.ranking.saved"));

		rank(cycle, endorserOf("CL"), new long[][] { { a.id(), a.version(), 2 }, { b.id(), b.version(), 1 } })
			.andExpect(status().isConflict());
		assertThat(ranks(cycle)).containsExactly(a.id() + ":1", b.id() + ":2");
	}

	@Test
	void theDashboardTellsTheEndorserWhatWaitsAndTheQuotaLeft() {
		AwardCycle cycle = fixtures.cycle(CycleState.OPEN);
		submitted(cycle, "UY");
		submitted(cycle, "UY");
		AwardApplication nominated = submitted(cycle, "UY");
		nominations.nominate(endorserOf("UY"), nominated.id(), "Our choice");

		DashboardPanel.Panel panel = dashboard.panelFor(endorserOf("UY")).orElseThrow();
		assertThat(panel.items()).anySatisfy(item -> {
			assertThat(item.messageKey()).isEqualTo("award.nomination.dashboard.endorser.waiting");
			assertThat(item.arguments()).containsExactly(2, String.valueOf(cycle.year()));
			assertThat(item.href()).isEqualTo("/award/nominations");
		});
		assertThat(panel.items()).anySatisfy(item -> {
			assertThat(item.messageKey()).isEqualTo("award.nomination.dashboard.endorser.quota");
			assertThat(item.arguments()).containsExactly(1, 2);
		});
		assertThat(dashboard.panelFor(DemoUsers.person(Role.CITY_OFFICIAL))).isEmpty();
	}

	private ResultActions rank(AwardCycle cycle, PortalUser endorser, long[][] entries) throws Exception {
		MockHttpServletRequestBuilder request = post("/award/nominations/{id}/ranking", cycle.id());
		for (int i = 0; i < entries.length; i++) {
			request.param("entries[" + i + "].id", String.valueOf(entries[i][0]))
				.param("entries[" + i + "].version", String.valueOf(entries[i][1]))
				.param("entries[" + i + "].rank", String.valueOf(entries[i][2]));
		}
		return mvc.perform(request.with(user(endorser)).with(csrf()));
	}

	private List<String> ranks(AwardCycle cycle) {
		return jdbc.sql("""
				select id || ':' || coalesce(national_rank::text, 'null') from award_application
				where cycle_id = :cycle and state = 'SUBMITTED' order by national_rank nulls last, id
				""").param("cycle", cycle.id()).query(String.class).list();
	}

}
