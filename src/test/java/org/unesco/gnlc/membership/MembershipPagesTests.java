package org.unesco.gnlc.membership;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the city's pages say at each step: the check page lists what is still to do (D4),
 * and once the application has left the city's hands its pages show answers to read and
 * the true state (D19).
 */
@PortalTest
class MembershipPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MembershipFixtures fixtures;

	@Test
	void theCheckPageOfANewApplicationLinksEverySectionStillToDoAndDisablesNoButton() throws Exception {
		Applicant city = fixtures.newCity("CO");
		String location = mvc.perform(post("/membership/applications").with(city.official()).with(csrf()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String page = mvc.perform(get(location + "/check").with(city.official()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("Still to do before submitting");
		for (Section section : Section.values()) {
			assertThat(page).contains("href=\"" + location + "/sections/" + section.slug() + "\"");
		}
		assertThat(page).contains("Complete the section \u201cMayor\u201d.")
			.contains("href=\"" + location + "/check#signature\"")
			.doesNotContain("disabled")
			.doesNotContain("/submit\"")
			.contains("You can submit once nothing is left to do.");
	}

	@Test
	void aCompleteApplicationWithoutASignedFormIsToldOnlyToUploadIt() throws Exception {
		Applicant city = fixtures.applicationIn("CO", ApplicationState.DRAFT);
		String base = "/membership/applications/" + city.applicationId();
		mvc.perform(get(base + "/check").with(city.official()))
			.andExpect(content().string(containsString("Upload the form signed by the mayor and stamped.")))
			.andExpect(content().string(not(containsString("Complete the section"))))
			.andExpect(content().string(containsString("id=\"file\"")));
	}

	@Test
	void aSubmittedApplicationsSectionPagesShowItsAnswersToReadWithoutAForm() throws Exception {
		Applicant city = fixtures.applicationIn("CO", ApplicationState.SUBMITTED);
		String base = "/membership/applications/" + city.applicationId();
		for (Section section : Section.values()) {
			String page = mvc.perform(get(base + "/sections/" + section.slug()).with(city.official()))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(page).as(section.slug())
				.contains("these answers can no longer be changed")
				.doesNotContain("action=\"" + base + "/sections/")
				.doesNotContain("Save and continue");
		}
		mvc.perform(get(base + "/sections/mayor").with(city.official()))
			.andExpect(content().string(containsString("Ana Example")));
		mvc.perform(get(base).with(city.official()))
			.andExpect(content().string(containsString("The application is with your National Commission")));
	}

	@Test
	void anApprovedApplicationAndTheMembershipPageSayTheCityIsAMember() throws Exception {
		Applicant city = fixtures.applicationIn("CO", ApplicationState.APPROVED);
		String base = "/membership/applications/" + city.applicationId();
		mvc.perform(get(base).with(city.official()))
			.andExpect(content().string(containsString("UIL admitted your city")))
			.andExpect(content().string(not(containsString("with the National Commission or"))));
		mvc.perform(get(base + "/sections/profile").with(city.official()))
			.andExpect(content().string(containsString("these are the answers it was decided on")));
		mvc.perform(get("/membership").with(city.official()))
			.andExpect(content().string(not(containsString("Continue your city"))));
	}

	@Test
	void aRejectedOrNotEndorsedApplicationSaysSoAndTheCityMayApplyAgain() throws Exception {
		Applicant rejected = fixtures.applicationIn("CO", ApplicationState.REJECTED);
		mvc.perform(get("/membership/applications/" + rejected.applicationId()).with(rejected.official()))
			.andExpect(content().string(containsString("UIL decided not to admit your city")));
		Applicant declined = fixtures.applicationIn("CO", ApplicationState.NOT_ENDORSED);
		mvc.perform(get("/membership/applications/" + declined.applicationId()).with(declined.official()))
			.andExpect(content().string(containsString("did not endorse the application")));
		mvc.perform(get("/membership").with(declined.official()))
			.andExpect(content().string(not(containsString("Continue your city"))))
			.andExpect(content().string(containsString("Start an application")));
	}

	@Test
	void theNationalCommissionsQueueHasNoCountryColumnSinceItHoldsOnlyItsOwnCountry() throws Exception {
		Applicant city = fixtures.applicationIn("CO", ApplicationState.SUBMITTED);
		String queue = mvc.perform(get("/membership/endorsements").with(MembershipFixtures.endorserOf("CO")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(queue).select("table th").eachText()).contains("City").doesNotContain("Country code");
		assertThat(queue).contains(city.name());
		String decisions = mvc.perform(get("/membership/decisions").with(DemoUsers.signedInAs(Role.UIL_ADMIN)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(decisions).select("table th").eachText()).contains("Country code");
	}

}
