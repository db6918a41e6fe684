package org.unesco.gnlc.award;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.unesco.gnlc.PortalTest;
import org.unesco.gnlc.shared.security.PortalUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.unesco.gnlc.award.AwardApplicationSupport.as;
import static org.unesco.gnlc.award.AwardApplicationSupport.officialOf;

/**
 * Where a refused Award action sends the browser (issue 11, point 9): back to the page of
 * the form when the Referer names a page of this portal, else to the item's own page;
 * never to another site, whatever the Referer says.
 */
@PortalTest
class RefusedActionReturnTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AwardFixtures fixtures;

	@Autowired
	AwardApplicationSupport support;

	@Test
	void aRefusedActionNeverFollowsAForgedRefererToAnotherSite() throws Exception {
		StaleSave save = staleSave();
		List<String> forged = List.of("http://localhost//evil.example/x", "http://localhost///evil.example/x",
				"http://evil.example" + save.page(), "https://localhost" + save.page(),
				"http://localhost:8443" + save.page(), "http://someone@localhost" + save.page(),
				"http://localhost/award/../..//evil.example/x", "http://localhost/award/%2e%2e//evil.example",
				"//evil.example/x", "javascript:alert(1)", "http://localhost/\\evil.example", "not an address");
		for (String referer : forged) {
			String location = mvc
				.perform(post(save.page()).param("version", "0")
					.param("answer", "From a stale copy")
					.header("Referer", referer)
					.with(as(save.official()))
					.with(csrf()))
				.andExpect(flash().attribute("error", "award.error.sectionChanged"))
				.andReturn()
				.getResponse()
				.getRedirectedUrl();
			assertThat(location).as("the way back after a refusal with Referer %s", referer).isEqualTo(save.page());
		}
	}

	@Test
	void aRefusedActionGoesBackToThePortalsPageItCameFromWithItsQuery() throws Exception {
		StaleSave save = staleSave();
		String check = "/award/applications/" + save.id() + "/check?from=task-list";
		mvc.perform(post(save.page()).param("version", "0")
			.param("answer", "From a stale copy")
			.header("Referer", "http://localhost" + check)
			.with(as(save.official()))
			.with(csrf())).andExpect(redirectedUrl(check));
	}

	@Test
	void aRefererToAnAddressThePortalDoesNotShowLeadsToTheItemsOwnPage() throws Exception {
		StaleSave save = staleSave();
		mvc.perform(post(save.page()).param("version", "0")
			.param("answer", "From a stale copy")
			.header("Referer", "http://localhost/award/no-such-page")
			.with(as(save.official()))
			.with(csrf())).andExpect(redirectedUrl(save.page()));
		mvc.perform(
				post("/award/applications/{id}/submit", save.id()).header("Referer", "http://localhost//evil.example/x")
					.with(as(save.official()))
					.with(csrf()))
			.andExpect(redirectedUrl("/award/applications/" + save.id()))
			.andExpect(flash().attribute("error", "award.error.sectionsIncomplete"));
	}

	/**
	 * A section saved once, so that a save from the version 0 it was opened at is
	 * refused.
	 */
	private StaleSave staleSave() throws Exception {
		AwardCycle cycle = fixtures.cycle(CycleState.OPEN);
		PortalUser official = officialOf(fixtures.memberCity("AU"));
		long id = support.start(mvc, official, cycle);
		String page = "/award/applications/" + id + "/sections/criteria/" + support.criteria(cycle).get(0);
		mvc.perform(post(page).param("version", "0").param("answer", "First").with(as(official)).with(csrf()))
			.andExpect(flash().attribute("success", "award.application.section.saved"));
		return new StaleSave(id, page, official);
	}

	private record StaleSave(long id, String page, PortalUser official) {
	}

}
