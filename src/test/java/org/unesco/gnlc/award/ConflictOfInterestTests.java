package org.unesco.gnlc.award;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.unesco.gnlc.DemoUsers;
import org.unesco.gnlc.PortalTest;
import org.unesco.gnlc.city.CityInfo;
import org.unesco.gnlc.shared.security.PortalUser;
import org.unesco.gnlc.shared.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.unesco.gnlc.award.AwardApplicationSupport.officialOf;

/**
 * Conflicts of interest cover reading, as in HotCRP: a reviewer of the city's country or
 * who declared a conflict on its nomination, and a juror of the city's country, see only
 * "conflict of interest" in their lists and are refused (403) its dossier, signed form
 * and documents.
 */
@PortalTest
class ConflictOfInterestTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AwardFixtures fixtures;

	@Autowired
	AwardApplicationSupport applicationSupport;

	@Autowired
	ReviewTestSupport support;

	@Autowired
	JuryFixtures juryFixtures;

	@Autowired
	AwardCycleRepository cycles;

	@Autowired
	JdbcClient jdbc;

	private List<String> readRoutes(long id) {
		long document = jdbc.sql("select id from award_document where application_id = :id order by id limit 1")
			.param("id", id)
			.query(Long.class)
			.single();
		return List.of("/award/applications/" + id, "/award/applications/" + id + "/form.pdf",
				"/award/applications/" + id + "/documents/" + document);
	}

	@Test
	void aReviewerOfTheCitysCountryIsRefusedItsDossierFormAndDocumentsWhileAnotherReviewerReadsThem() throws Exception {
		AwardCycle cycle = fixtures.cycle(CycleState.OPEN);
		CityInfo city = fixtures.memberCity("PE");
		long id = applicationSupport.submitted(mvc, officialOf(city), cycle);
		PortalUser peruvian = support.reviewer("PE");
		PortalUser canadian = support.reviewer("CA");

		for (String route : readRoutes(id)) {
			mvc.perform(get(route).with(user(peruvian))).andExpect(status().isForbidden());
			mvc.perform(get(route).with(user(canadian))).andExpect(status().isOk());
		}
	}

	@Test
	void aReviewerWhoDeclaresAConflictLosesTheDossierTheAssignmentPageAndTheLeaderboardRow() throws Exception {
		AwardCycle cycle = fixtures.cycle(CycleState.OPEN);
		CityInfo city = fixtures.memberCity("PE");
		long id = applicationSupport.submitted(mvc, officialOf(city), cycle);
		jdbc.sql("update award_application set state = 'NOMINATED', nominated_at = now() where id = :id")
			.param("id", id)
			.update();
		PortalUser reviewer = support.reviewer("CA");
		long assignment = jdbc.sql("""
				insert into award_review_assignment (application_id, reviewer_id, assigned_at, assigned_by)
				values (:application, :reviewer, now(), 'Test') returning id
				""").param("application", id).param("reviewer", reviewer.accountId()).query(Long.class).single();
		mvc.perform(get("/award/applications/{id}", id).with(user(reviewer))).andExpect(status().isOk());
		mvc.perform(get("/award/cycles/{year}/leaderboard", cycle.year()).with(user(reviewer)))
			.andExpect(content().string(containsString(city.name())));

		mvc.perform(post("/award/review/{id}/conflict", assignment).with(csrf())
			.with(user(reviewer))
			.param("note", "I chair the city's learning festival.")).andExpect(redirectedUrl("/award/review"));

		for (String route : readRoutes(id)) {
			mvc.perform(get(route).with(user(reviewer))).andExpect(status().isForbidden());
		}
		mvc.perform(get("/award/review/{id}", assignment).with(user(reviewer))).andExpect(status().isForbidden());
		mvc.perform(get("/award/cycles/{year}/leaderboard", cycle.year()).with(user(reviewer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Conflict of interest")))
			.andExpect(content().string(not(containsString(city.name()))));
		mvc.perform(get("/award/review").with(user(reviewer)))
			.andExpect(content().string(containsString("Conflict of interest")))
			.andExpect(content().string(not(containsString(city.name()))));
		// UIL_ADMIN still reads it all.
		mvc.perform(get("/award/applications/{id}", id).with(DemoUsers.signedInAs(Role.UIL_ADMIN)))
			.andExpect(status().isOk());
	}

	@Test
	void aReviewerAssignedByMistakeToACityOfTheirCountrySeesOnlyConflictOfInterestInTheirList() throws Exception {
		AwardCycle cycle = fixtures.cycle(CycleState.OPEN);
		CityInfo city = fixtures.memberCity("FI");
		AwardApplication espoo = fixtures.application(cycle, city, ApplicationState.NOMINATED);
		PortalUser finn = support.reviewer("FI");
		long assignment = support.assignDirectly(espoo, finn);

		mvc.perform(get("/award/review").with(user(finn)))
			.andExpect(content().string(containsString("Conflict of interest")))
			.andExpect(content().string(not(containsString(city.name()))));
		mvc.perform(get("/award/review/{id}", assignment).with(user(finn))).andExpect(status().isForbidden());
		mvc.perform(get("/award/cycles/{year}/leaderboard", cycle.year()).with(user(finn)))
			.andExpect(content().string(containsString("Conflict of interest")))
			.andExpect(content().string(not(containsString(city.name()))));
	}

	@Test
	void aJurorSeesTheirOwnCountrysCandidateOnlyAsAConflictAndIsRefusedItsDossier() throws Exception {
		PortalUser peruvian = juryFixtures.juror("PE");
		PortalUser finn = juryFixtures.juror("FI");
		JuryFixtures.Shortlist shortlist = juryFixtures.shortlist(List.of(peruvian, finn), "PE", "FI");
		String peruvianCity = jdbc
			.sql("select c.name from city c join award_application a on a.city_id = c.id " + "where a.id = :id")
			.param("id", shortlist.id(0))
			.query(String.class)
			.single();

		mvc.perform(get("/award/jury/{year}", shortlist.year()).with(user(peruvian)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Conflict of interest")))
			.andExpect(content().string(not(containsString(peruvianCity))));
		mvc.perform(get("/award/applications/{id}", shortlist.id(0)).with(user(peruvian)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/award/applications/{id}", shortlist.id(0)).with(user(finn))).andExpect(status().isOk());
		mvc.perform(get("/award/jury/{year}", shortlist.year()).with(user(finn)))
			.andExpect(content().string(containsString(peruvianCity)));
	}

	@Test
	void theDecisionPackNamesNoCityTheReviewerIsConflictedWith() throws Exception {
		PortalUser finn = juryFixtures.juror("FI");
		JuryFixtures.Shortlist shortlist = juryFixtures.shortlist(List.of(finn), "KE", "MX");
		String kenyanCity = jdbc
			.sql("select c.name from city c join award_application a on a.city_id = c.id " + "where a.id = :id")
			.param("id", shortlist.id(0))
			.query(String.class)
			.single();
		String mexicanCity = jdbc
			.sql("select c.name from city c join award_application a on a.city_id = c.id " + "where a.id = :id")
			.param("id", shortlist.id(1))
			.query(String.class)
			.single();

		String csv = mvc
			.perform(get("/award/cycles/{year}/decision-pack.csv", shortlist.year()).with(user(support.reviewer("KE"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).contains("Conflict of interest", mexicanCity).doesNotContain(kenyanCity);

		String forAdmin = mvc
			.perform(get("/award/cycles/{year}/decision-pack.csv", shortlist.year())
				.with(DemoUsers.signedInAs(Role.UIL_ADMIN)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(forAdmin).contains(kenyanCity, mexicanCity).doesNotContain("Conflict of interest");
	}

	@Test
	void theGermanDemoReviewerSeesTheGermanDemoNominationOnlyAsAConflict() throws Exception {
		AwardCycle open = cycles.findByYear(2027).orElseThrow();
		long german = jdbc.sql("select id from award_application where cycle_id = :cycle and country_code = 'DE'")
			.param("cycle", open.id())
			.query(Long.class)
			.single();

		mvc.perform(get("/award/applications/{id}", german).with(DemoUsers.signedInAs(Role.UIL_REVIEWER)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/award/cycles/2027/leaderboard").with(DemoUsers.signedInAs(Role.UIL_REVIEWER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Conflict of interest")))
			.andExpect(content().string(not(containsString("Gelsenkirchen"))));
		mvc.perform(get("/award/applications/{id}", german).with(DemoUsers.signedInAs(Role.UIL_ADMIN)))
			.andExpect(status().isOk());
	}

}
