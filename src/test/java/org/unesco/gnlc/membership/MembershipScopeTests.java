package org.unesco.gnlc.membership;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.unesco.gnlc.DemoUsers;
import org.unesco.gnlc.PortalTest;
import org.unesco.gnlc.membership.MembershipFixtures.Applicant;
import org.unesco.gnlc.shared.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who may read and act on a membership application, on every route and download: the
 * city's own officials; its country's National Commission and UIL once it is submitted.
 * An official of another city, an endorser of another country and a role without business
 * there are refused (403) and nothing changes; each role acts only in its own part of the
 * process.
 */
@PortalTest
class MembershipScopeTests {

	/** Every page of an application, besides its documents. */
	static final List<String> PAGES = List.of("", "/check", "/form.pdf", "/submitted", "/sections/city",
			"/sections/challenges");

	/** What only the city does. */
	static final List<String> CITY_ACTIONS = List.of("/sections/city", "/sections/mayor", "/sections/contact",
			"/sections/pledge", "/sections/profile", "/sections/motivation", "/sections/implementation",
			"/sections/challenges", "/signed-form", "/submit", "/withdraw");

	/** What only the National Commission does. */
	static final List<String> COMMISSION_ACTIONS = List.of("/endorse", "/decline");

	/** What only UIL does. */
	static final List<String> UIL_ACTIONS = List.of("/recommendation", "/approve", "/reject");

	@Autowired
	MockMvc mvc;

	@Autowired
	MembershipFixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anOfficialOfAnotherCityAnEndorserOfAnotherCountryAndAJurorAreRefusedOnEveryRouteAndDownload()
			throws Exception {
		Applicant city = fixtures.applicationIn("EC", ApplicationState.SUBMITTED);
		long document = signedForm(city);
		List<RequestPostProcessor> outsiders = List.of(fixtures.newCity("EC").official(),
				MembershipFixtures.endorserOf("BO"), DemoUsers.signedInAs(Role.JURY_MEMBER));
		for (RequestPostProcessor outsider : outsiders) {
			for (String page : PAGES) {
				refusedToRead(city, page, outsider);
			}
			refusedToRead(city, "/documents/" + document, outsider);
			for (String action : all(CITY_ACTIONS, COMMISSION_ACTIONS, UIL_ACTIONS, List.of("/return", "/comments"))) {
				refusedToDo(city, action, outsider);
			}
		}
		assertThat(fixtures.state(city.applicationId())).isEqualTo("SUBMITTED");
		assertThat(mayorOf(city)).isEqualTo("Ana Example");
		assertThat(countOf("membership_comment", city)).isZero();
	}

	@Test
	void aDraftIsTheCitysOwnBusinessUntilItIsSubmitted() throws Exception {
		Applicant city = fixtures.applicationIn("EC", ApplicationState.DRAFT);
		long document = signedForm(city);
		for (RequestPostProcessor outsider : List.of(MembershipFixtures.endorserOf("EC"),
				DemoUsers.signedInAs(Role.UIL_REVIEWER), DemoUsers.signedInAs(Role.UIL_ADMIN))) {
			for (String page : PAGES) {
				refusedToRead(city, page, outsider);
			}
			refusedToRead(city, "/documents/" + document, outsider);
			for (String action : all(COMMISSION_ACTIONS, UIL_ACTIONS, List.of("/return", "/comments"))) {
				refusedToDo(city, action, outsider);
			}
		}
		mvc.perform(get("/membership/applications/" + city.applicationId() + "/documents/" + document)
			.with(city.official())).andExpect(status().isOk());
		assertThat(fixtures.state(city.applicationId())).isEqualTo("DRAFT");
	}

	@Test
	void theNationalCommissionAndUilReadTheSubmittedApplicationButNeverActForTheCity() throws Exception {
		Applicant city = fixtures.applicationIn("EC", ApplicationState.SUBMITTED);
		long document = signedForm(city);
		for (RequestPostProcessor reader : List.of(MembershipFixtures.endorserOf("EC"),
				DemoUsers.signedInAs(Role.UIL_REVIEWER), DemoUsers.signedInAs(Role.UIL_ADMIN))) {
			for (String page : List.of("", "/form.pdf", "/documents/" + document)) {
				mvc.perform(get("/membership/applications/" + city.applicationId() + page).with(reader))
					.andExpect(status().isOk());
			}
			for (String page : List.of("/check", "/submitted", "/sections/city")) {
				refusedToRead(city, page, reader);
			}
			for (String action : CITY_ACTIONS) {
				refusedToDo(city, action, reader);
			}
		}
		assertThat(fixtures.state(city.applicationId())).isEqualTo("SUBMITTED");
		assertThat(mayorOf(city)).isEqualTo("Ana Example");
	}

	@Test
	void theCityNeverTakesTheDecisionsOfItsNationalCommissionOrOfUil() throws Exception {
		Applicant submitted = fixtures.applicationIn("EC", ApplicationState.SUBMITTED);
		for (String action : all(COMMISSION_ACTIONS, UIL_ACTIONS, List.of("/return"))) {
			refusedToDo(submitted, action, submitted.official());
		}
		Applicant endorsed = fixtures.applicationIn("EC", ApplicationState.ENDORSED);
		for (String action : all(UIL_ACTIONS, List.of("/return"))) {
			refusedToDo(endorsed, action, endorsed.official());
		}
		assertThat(fixtures.state(submitted.applicationId())).isEqualTo("SUBMITTED");
		assertThat(fixtures.state(endorsed.applicationId())).isEqualTo("ENDORSED");
	}

	@Test
	void theNationalCommissionNeverDecidesForUilAndUilNeverEndorsesForTheCommission() throws Exception {
		Applicant endorsed = fixtures.applicationIn("EC", ApplicationState.ENDORSED);
		for (String action : UIL_ACTIONS) {
			refusedToDo(endorsed, action, MembershipFixtures.endorserOf("EC"));
		}
		Applicant submitted = fixtures.applicationIn("EC", ApplicationState.SUBMITTED);
		for (String action : COMMISSION_ACTIONS) {
			refusedToDo(submitted, action, DemoUsers.signedInAs(Role.UIL_REVIEWER));
		}
		assertThat(fixtures.state(endorsed.applicationId())).isEqualTo("ENDORSED");
		assertThat(fixtures.state(submitted.applicationId())).isEqualTo("SUBMITTED");
	}

	@Test
	void theQueuesExportsAndCallAdministrationAreRefusedToTheWrongRole() throws Exception {
		RequestPostProcessor official = fixtures.newCity("EC").official();
		RequestPostProcessor endorser = MembershipFixtures.endorserOf("EC");
		RequestPostProcessor reviewer = DemoUsers.signedInAs(Role.UIL_REVIEWER);
		RequestPostProcessor juror = DemoUsers.signedInAs(Role.JURY_MEMBER);
		for (RequestPostProcessor wrong : List.of(official, reviewer, juror)) {
			mvc.perform(get("/membership/endorsements").with(wrong)).andExpect(status().isForbidden());
		}
		for (RequestPostProcessor wrong : List.of(official, endorser, juror)) {
			mvc.perform(get("/membership/decisions").with(wrong)).andExpect(status().isForbidden());
			mvc.perform(get("/membership/calls/1/applications.csv").with(wrong)).andExpect(status().isForbidden());
			mvc.perform(get("/membership/calls/1/applications.xlsx").with(wrong)).andExpect(status().isForbidden());
		}
		for (RequestPostProcessor wrong : List.of(official, endorser, reviewer, juror)) {
			for (String page : List.of("/admin/membership/calls", "/admin/membership/calls/new",
					"/admin/membership/calls/1", "/admin/membership/challenges", "/admin/membership/challenges/1")) {
				mvc.perform(get(page).with(wrong)).andExpect(status().isForbidden());
			}
			for (String action : List.of("/admin/membership/calls", "/admin/membership/calls/1",
					"/admin/membership/challenges", "/admin/membership/challenges/1")) {
				mvc.perform(post(action).param("title", "Hijacked").with(wrong).with(csrf()))
					.andExpect(status().isForbidden());
			}
		}
		for (RequestPostProcessor wrong : List.of(endorser, reviewer, juror, DemoUsers.signedInAs(Role.UIL_ADMIN))) {
			mvc.perform(post("/membership/applications").with(wrong).with(csrf())).andExpect(status().isForbidden());
		}
	}

	// Helpers
	// --------------------------------------------------------------------------------

	private void refusedToRead(Applicant city, String page, RequestPostProcessor who) throws Exception {
		mvc.perform(get("/membership/applications/" + city.applicationId() + page).with(who))
			.andExpect(status().isForbidden());
	}

	private void refusedToDo(Applicant city, String action, RequestPostProcessor who) throws Exception {
		mvc.perform(post("/membership/applications/" + city.applicationId() + action).param("version", "1")
			.param("mayorName", "Hijacked")
			.param("comment", "Hijacked")
			.param("body", "Hijacked")
			.param("recommendation", "RECOMMENDED")
			.param("confirmed", "true")
			.with(who)
			.with(csrf())).andExpect(status().isForbidden());
	}

	/**
	 * The signed form: the fixture's for a submitted application, uploaded by the city
	 * for a draft.
	 */
	private long signedForm(Applicant city) throws Exception {
		if ("DRAFT".equals(fixtures.state(city.applicationId()))) {
			mvc.perform(multipart("/membership/applications/{id}/signed-form", city.applicationId())
				.file(new MockMultipartFile("file", "signed.pdf", "application/pdf", MembershipFixtures.SCAN))
				.with(city.official())
				.with(csrf())).andExpect(status().is3xxRedirection());
		}
		return fixtures.latestDocument(city.applicationId());
	}

	private String mayorOf(Applicant city) {
		return jdbc.sql("select mayor_name from membership_application where id = :id")
			.param("id", city.applicationId())
			.query(String.class)
			.single();
	}

	private int countOf(String table, Applicant city) {
		return jdbc.sql("select count(*) from " + table + " where application_id = :id")
			.param("id", city.applicationId())
			.query(Integer.class)
			.single();
	}

	@SafeVarargs
	private static List<String> all(List<String>... lists) {
		return Arrays.stream(lists).flatMap(List::stream).toList();
	}

}
