package org.unesco.gnlc.membership;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.unesco.gnlc.DemoUsers;
import org.unesco.gnlc.PortalTest;
import org.unesco.gnlc.membership.MembershipFixtures.Applicant;
import org.unesco.gnlc.shared.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The decisions that cannot be undone ask first, on a page of their own and without
 * JavaScript, saying what will happen and who will be told; only the confirmed request
 * acts (issue 12, D18).
 */
@PortalTest
class DecisionConfirmationTests {

	static final RequestPostProcessor REVIEWER = DemoUsers.signedInAs(Role.UIL_REVIEWER);

	@Autowired
	MockMvc mvc;

	@Autowired
	MembershipFixtures fixtures;

	@Test
	void theNationalCommissionsDeclineAsksFirstAndSaysTheCityAndUilAreTold() throws Exception {
		Applicant city = fixtures.applicationIn("AR", ApplicationState.SUBMITTED);
		String decline = "/membership/applications/" + city.applicationId() + "/decline";
		mvc.perform(post(decline).param("comment", "The plan lacks a budget.")
			.with(MembershipFixtures.endorserOf("AR"))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Decline the application of " + city.name() + "?")))
			.andExpect(content().string(containsString("cannot be reopened")))
			.andExpect(content()
				.string(containsString("The city&#39;s officials and the UIL Secretariat receive an e-mail")))
			.andExpect(content().string(containsString("The plan lacks a budget.")))
			.andExpect(content().string(containsString("name=\"confirmed\" value=\"true\"")));
		assertThat(fixtures.state(city.applicationId())).isEqualTo("SUBMITTED");

		mvc.perform(post(decline).param("comment", "The plan lacks a budget.")
			.param("confirmed", "true")
			.with(MembershipFixtures.endorserOf("AR"))
			.with(csrf())).andExpect(flash().attribute("success", "membership.declined"));
		assertThat(fixtures.state(city.applicationId())).isEqualTo("NOT_ENDORSED");
	}

	@Test
	void theNationalCommissionsReturnAsksFirstAndThenReturns() throws Exception {
		Applicant city = fixtures.applicationIn("AR", ApplicationState.SUBMITTED);
		String path = "/membership/applications/" + city.applicationId() + "/return";
		mvc.perform(post(path).param("comment", "Add the census year.")
			.with(MembershipFixtures.endorserOf("AR"))
			.with(csrf()))
			.andExpect(content().string(containsString("Return the application of " + city.name() + " for changes?")))
			.andExpect(content().string(containsString("receive an e-mail with your comment")));
		assertThat(fixtures.state(city.applicationId())).isEqualTo("SUBMITTED");
		mvc.perform(post(path).param("comment", "Add the census year.")
			.param("confirmed", "true")
			.with(MembershipFixtures.endorserOf("AR"))
			.with(csrf())).andExpect(flash().attribute("success", "membership.returned"));
		assertThat(fixtures.state(city.applicationId())).isEqualTo("RETURNED");
	}

	@Test
	void uilsApprovalAsksFirstAndSaysTheCityJoinsTheDirectoryWithItsProfile() throws Exception {
		Applicant city = fixtures.applicationIn("AR", ApplicationState.ENDORSED);
		String base = "/membership/applications/" + city.applicationId();
		mvc.perform(post(base + "/recommendation").param("recommendation", "RECOMMENDED").with(REVIEWER).with(csrf()));
		// The recommendation is on the timeline UIL reads, not on the city's.
		mvc.perform(get(base).with(REVIEWER))
			.andExpect(content().string(containsString("The expert group recommends admission")));
		mvc.perform(get(base).with(city.official()))
			.andExpect(content().string(not(containsString("The expert group recommends admission"))));
		mvc.perform(post(base + "/approve").with(REVIEWER).with(csrf()))
			.andExpect(content().string(containsString("Admit " + city.name() + " to the network?")))
			.andExpect(content().string(containsString("listed in the directory")))
			.andExpect(content().string(containsString("This cannot be undone.")));
		assertThat(fixtures.state(city.applicationId())).isEqualTo("ENDORSED");
		mvc.perform(post(base + "/approve").param("confirmed", "true").with(REVIEWER).with(csrf()))
			.andExpect(flash().attribute("success", "membership.approved"));
		assertThat(fixtures.state(city.applicationId())).isEqualTo("APPROVED");
	}

	@Test
	void uilsDoNotAdmitAndReturnAskFirst() throws Exception {
		Applicant rejected = fixtures.applicationIn("AR", ApplicationState.ENDORSED);
		String reject = "/membership/applications/" + rejected.applicationId() + "/reject";
		mvc.perform(post(reject).param("comment", "Not this year.").with(REVIEWER).with(csrf()))
			.andExpect(content().string(containsString("Decide not to admit " + rejected.name() + "?")))
			.andExpect(content().string(containsString("National Commission of its country receive an e-mail")));
		assertThat(fixtures.state(rejected.applicationId())).isEqualTo("ENDORSED");
		mvc.perform(
				post(reject).param("comment", "Not this year.").param("confirmed", "true").with(REVIEWER).with(csrf()))
			.andExpect(flash().attribute("success", "membership.rejected"));
		assertThat(fixtures.state(rejected.applicationId())).isEqualTo("REJECTED");

		Applicant returned = fixtures.applicationIn("AR", ApplicationState.ENDORSED);
		String path = "/membership/applications/" + returned.applicationId() + "/return";
		mvc.perform(post(path).param("comment", "Update the figures.").with(REVIEWER).with(csrf()))
			.andExpect(content().string(containsString("for changes?")));
		assertThat(fixtures.state(returned.applicationId())).isEqualTo("ENDORSED");
	}

	@Test
	void aDecisionThatCannotBeTakenIsRefusedBeforeAnyConfirmationAndChangesNothing() throws Exception {
		Applicant city = fixtures.applicationIn("AR", ApplicationState.SUBMITTED);
		String base = "/membership/applications/" + city.applicationId();
		mvc.perform(
				post(base + "/decline").param("comment", " ").with(MembershipFixtures.endorserOf("AR")).with(csrf()))
			.andExpect(flash().attribute("error", "membership.error.commentRequired"));
		Applicant endorsed = fixtures.applicationIn("AR", ApplicationState.ENDORSED);
		mvc.perform(
				post("/membership/applications/" + endorsed.applicationId() + "/approve").with(REVIEWER).with(csrf()))
			.andExpect(flash().attribute("error", "membership.error.recommendationMissing"));
		mvc.perform(
				post(base + "/decline").param("comment", "x").with(MembershipFixtures.endorserOf("BR")).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(fixtures.state(city.applicationId())).isEqualTo("SUBMITTED");
		assertThat(fixtures.state(endorsed.applicationId())).isEqualTo("ENDORSED");
	}

}
