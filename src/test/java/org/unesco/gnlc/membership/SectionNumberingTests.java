package org.unesco.gnlc.membership;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.unesco.gnlc.PortalTest;
import org.unesco.gnlc.membership.MembershipFixtures.Applicant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * C3: the task list and each section's page give a section the same number, both taken
 * from the section's place in the form.
 */
@PortalTest
class SectionNumberingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MembershipFixtures fixtures;

	@Test
	void everySectionHasOnItsOwnPageTheNumberTheTaskListGivesIt() throws Exception {
		Applicant city = fixtures.applicationIn("CO", ApplicationState.DRAFT);
		String base = "/membership/applications/" + city.applicationId();
		Document taskList = page(city, base);
		for (Section section : Section.values()) {
			Element task = taskList.selectFirst("a[href=" + base + "/sections/" + section.slug() + "]");
			assertThat(task).as(section.slug()).isNotNull();
			String heading = page(city, base + "/sections/" + section.slug()).selectFirst("h1").text();
			assertThat(task.text()).isEqualTo(heading).startsWith(section.number() + ". ");
		}
		assertThat(taskList.select(".task-list__name").eachText()).startsWith("1. City", "2. Mayor")
			.contains("9. Print, sign and upload the form", "10. Check and submit");
	}

	@Test
	void aSubmittedApplicationsSectionPageKeepsTheSectionsNumber() throws Exception {
		Applicant city = fixtures.applicationIn("CO", ApplicationState.SUBMITTED);
		String base = "/membership/applications/" + city.applicationId();
		assertThat(page(city, base + "/sections/motivation").selectFirst("h1").text()).isEqualTo("6. Motivation");
	}

	private Document page(Applicant city, String path) throws Exception {
		return Jsoup.parse(mvc.perform(get(path).with(city.official())).andReturn().getResponse().getContentAsString());
	}

}
