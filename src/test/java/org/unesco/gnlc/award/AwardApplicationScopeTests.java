package org.unesco.gnlc.award;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.unesco.gnlc.DemoUsers;
import org.unesco.gnlc.PortalTest;
import org.unesco.gnlc.city.Cities;
import org.unesco.gnlc.city.CityInfo;
import org.unesco.gnlc.shared.security.PortalUser;
import org.unesco.gnlc.shared.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.unesco.gnlc.award.AwardApplicationSupport.as;
import static org.unesco.gnlc.award.AwardApplicationSupport.endorserOf;
import static org.unesco.gnlc.award.AwardApplicationSupport.officialOf;
import java.text.MessageFormat;
import java.time.Instant;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;
import org.unesco.gnlc.account.Accounts;

/**
 * Who may read and act on an Award application, on every route and download: the city's
 * own officials; its country's National Commission and UIL once it is submitted; a juror
 * once it is shortlisted before the jury. An official of another city, an endorser of
 * another country and a role without business there are refused (403) and nothing
 * changes. And the eligibility rules as the city reads them.
 */
@PortalTest
class AwardApplicationScopeTests {

	static final List<String> READ_ROUTES = List.of("", "/form.pdf");

	static final List<String> CITY_PAGES = List.of("/check", "/sections/profile");

	static final List<String> CITY_ACTIONS = List.of("/sections/profile", "/signed-form", "/consent-form", "/materials",
			"/links", "/submit", "/withdraw", "/links/1/remove", "/materials/1/remove");

	@Autowired
	MockMvc mvc;

	@Autowired
	AwardFixtures fixtures;

	@Autowired
	AwardApplicationSupport support;

	@Autowired
	AwardEligibility eligibility;

	@Autowired
	Cities cities;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Accounts accounts;

	@Test
	void anOfficialOfAnotherCityAnEndorserOfAnotherCountryAndAJurorAreRefusedOnEveryRouteAndDownload()
			throws Exception {
		AwardCycle cycle = fixtures.cycle(CycleState.OPEN);
		CityInfo city = fixtures.memberCity("PE");
		PortalUser official = officialOf(city);
		long id = support.submitted(mvc, official, cycle);
		long document = firstDocument(id);

		List<RequestPostProcessor> outsiders = List.of(as(officialOf(fixtures.memberCity("PE"))), endorserOf("BO"),
				AwardApplicationSupport.juror());
		for (RequestPostProcessor outsider : outsiders) {
			for (String page : List.of("", "/form.pdf", "/check", "/sections/profile",
					"/sections/criteria/" + support.criteria(cycle).get(0), "/documents/" + document)) {
				mvc.perform(get("/award/applications/" + id + page).with(outsider)).andExpect(status().isForbidden());
			}
			for (String action : CITY_ACTIONS) {
				mvc.perform(post("/award/applications/" + id + action).param("version", "1")
					.param("mayorName", "Hijacked")
					.param("reason", "Hijacked")
					.with(outsider)
					.with(csrf())).andExpect(status().isForbidden());
			}
		}
		assertThat(support.state(id)).isEqualTo("SUBMITTED");
		assertThat(jdbc.sql("select mayor_name from award_application where id = :id")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo("Ana Mayor");
	}

	@Test
	void theNationalCommissionAndUilReadTheSubmittedDossierButActForTheCityNowhere() throws Exception {
		AwardCycle cycle = fixtures.cycle(CycleState.OPEN);
		CityInfo city = fixtures.memberCity("PE");
		long id = support.submitted(mvc, officialOf(city), cycle);
		long document = firstDocument(id);
		for (RequestPostProcessor reader : List.of(endorserOf("PE"), DemoUsers.signedInAs(Role.UIL_REVIEWER),
				DemoUsers.signedInAs(Role.UIL_ADMIN))) {
			for (String page : List.of("", "/form.pdf", "/documents/" + document)) {
				mvc.perform(get("/award/applications/" + id + page).with(reader)).andExpect(status().isOk());
			}
			for (String page : CITY_PAGES) {
				mvc.perform(get("/award/applications/" + id + page).with(reader)).andExpect(status().isForbidden());
			}
			for (String action : CITY_ACTIONS) {
				mvc.perform(post("/award/applications/" + id + action).param("reason", "x").with(reader).with(csrf()))
					.andExpect(status().isForbidden());
			}
		}
		assertThat(support.state(id)).isEqualTo("SUBMITTED");
	}

	@Test
	void aDraftIsTheCitysOwnBusinessUntilSubmitted() throws Exception {
		AwardCycle cycle = fixtures.cycle(CycleState.OPEN);
		CityInfo city = fixtures.memberCity("PE");
		PortalUser official = officialOf(city);
		long id = support.startAndComplete(mvc, official, cycle);
		support.upload(mvc, official, id, "materials");
		long document = firstDocument(id);
		for (RequestPostProcessor outsider : List.of(endorserOf("PE"), DemoUsers.signedInAs(Role.UIL_REVIEWER),
				DemoUsers.signedInAs(Role.UIL_ADMIN), AwardApplicationSupport.juror())) {
			for (String page : List.of("", "/form.pdf", "/documents/" + document)) {
				mvc.perform(get("/award/applications/" + id + page).with(outsider)).andExpect(status().isForbidden());
			}
		}
		mvc.perform(get("/award/applications/" + id + "/documents/" + document).with(as(official)))
			.andExpect(status().isOk())
			.andExpect(MockMvcResultMatchers.header().string("X-Content-Type-Options", "nosniff"));
	}

	@Test
	void onlyACityOfficialStartsAnApplicationAndADocumentOfAnotherApplicationIsNotFound() throws Exception {
		AwardCycle cycle = fixtures.cycle(CycleState.OPEN);
		for (Role role : List.of(Role.NATCOM_ENDORSER, Role.UIL_REVIEWER, Role.JURY_MEMBER, Role.UIL_ADMIN)) {
			mvc.perform(
					post("/award/cycles/{id}/applications", cycle.id()).with(DemoUsers.signedInAs(role)).with(csrf()))
				.andExpect(status().isForbidden());
		}
		PortalUser first = officialOf(fixtures.memberCity("CL"));
		PortalUser second = officialOf(fixtures.memberCity("CL"));
		long mine = support.start(mvc, first, cycle);
		long theirs = support.start(mvc, second, cycle);
		support.upload(mvc, second, theirs, "materials");
		long theirDocument = firstDocument(theirs);
		mvc.perform(get("/award/applications/" + mine + "/documents/" + theirDocument).with(as(first)))
			.andExpect(status().isNotFound());
	}

	@Test
	void aJurorOfTheCycleReadsAShortlistedDossierOnceTheJuryIsConvenedWithTheNominationNote() throws Exception {
		AwardCycle cycle = fixtures.cycle(CycleState.OPEN);
		CityInfo city = fixtures.memberCity("GH");
		AwardApplication shortlisted = fixtures.application(cycle, city, ApplicationState.SHORTLISTED);
		String email = "juror." + System.nanoTime() + "@test.example";
		accounts.createIfAbsent(email, "a long enough password 2026", "Juror of the cycle", Role.JURY_MEMBER, null,
				"KE");
		long jurorId = accounts.byEmail(email).orElseThrow().id();
		RequestPostProcessor juror = SecurityMockMvcRequestPostProcessors
			.user(new PortalUser(jurorId, email, "", "Juror of the cycle", Role.JURY_MEMBER, null, "KE", "en", true));
		jdbc.sql(
				"insert into award_juror (cycle_id, account_id, added_at, added_by) values (:cycle, :juror, now(), 'Test')")
			.param("cycle", cycle.id())
			.param("juror", jurorId)
			.update();
		mvc.perform(get("/award/applications/" + shortlisted.id()).with(juror)).andExpect(status().isForbidden());
		fixtures.advance(cycle, CycleState.JURY);
		// A juror who does not sit on this cycle's jury.
		mvc.perform(get("/award/applications/" + shortlisted.id()).with(AwardApplicationSupport.juror()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/award/applications/" + shortlisted.id()).with(juror))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Fixture nomination note")))
			.andExpect(content().string(containsString("What " + city.name() + " did for criterion")));
	}

	// Eligibility
	// --------------------------------------------------------------------------------

	@Test
	void meltonAMemberSince2015AndRecipientIn2015IsEligibleInAnOpenCycleAndIn2024() {
		CityInfo melton = cities.byId(DemoUsers.MELTON).orElseThrow();
		assertThat(eligibility.of(melton.id(), fixtures.cycle(CycleState.OPEN)).isEligible()).isTrue();
		assertThat(eligibility.of(melton.id(), unsavedCycle(2024)).isEligible()).isTrue();
	}

	@Test
	void aRecipientWithinSixYearsIsNotEligibleAndIsToldFromWhichCycleItMayApply() {
		Eligibility in2021 = eligibility.of(DemoUsers.MELTON, unsavedCycle(2021));
		assertThat(in2021.isEligible()).isFalse();
		assertThat(in2021.reasons()).singleElement().satisfies(reason -> {
			assertThat(reason.messageKey()).isEqualTo("award.eligibility.recentlyAwarded");
			assertThat(reason.arguments()).containsExactly("2015", "2022");
		});
	}

	@Test
	void aNewMemberAndACityOutsideTheNetworkAreNotEligible() {
		AwardCycle cycle = fixtures.cycle(CycleState.OPEN);
		CityInfo outside = cities.findOrRegister("Not a member " + System.nanoTime(), "AR");
		assertThat(eligibility.of(outside.id(), cycle).reasons()).extracting(Eligibility.Reason::messageKey)
			.containsExactly("award.eligibility.notMember");
		CityInfo recent = cities.admit(cities.findOrRegister("Recent member " + System.nanoTime(), "AR").id(),
				LocalDate.now().minusMonths(11));
		Eligibility tooRecent = eligibility.of(recent.id(), cycle);
		assertThat(tooRecent.reasons()).extracting(Eligibility.Reason::messageKey)
			.containsExactly("award.eligibility.memberTooRecent");
		// The reason reads in plain words: its dates are formatted, not printed as
		// objects.
		Object[] args = tooRecent.reasons().get(0).args();
		assertThat(MessageFormat.format("{0,date,long}", args[0])).doesNotContain("LocalDate");
	}

	private static AwardCycle unsavedCycle(int year) {
		return AwardCycle.plan(year,
				new AwardCycle.Settings("Award " + year, "Prix " + year, "Premio " + year, null, 2, 10, null, null,
						null, LocalDate.of(year, 4, 22), LocalDate.of(year, 5, 31), LocalDate.of(year, 6, 28), null,
						null, null),
				AwardFixtures.UIL, Instant.now());
	}

	private long firstDocument(long id) {
		return jdbc.sql("select id from award_document where application_id = :id order by id limit 1")
			.param("id", id)
			.query(Long.class)
			.single();
	}

}
