package org.unesco.gnlc.award;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.unesco.gnlc.PortalTest;
import org.unesco.gnlc.city.CityInfo;
import org.unesco.gnlc.shared.security.PortalUser;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.unesco.gnlc.award.AwardApplicationSupport.as;
import static org.unesco.gnlc.award.AwardApplicationSupport.endorserOf;
import static org.unesco.gnlc.award.AwardApplicationSupport.officialOf;

/**
 * A city sees its own steps (draft, with the National Commission, nominated and received
 * by UIL or not nominated) and then only the published result: UIL's review, its
 * shortlist, the jury and the people who acted there stay off every page the city reads
 * (the application, its start page, its dashboard) until the recipients are published.
 * The National Commission and UIL see the application as it stands.
 */
@PortalTest
class AwardCityViewTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AwardFixtures fixtures;

	@Test
	void whileUilReviewsTheShortlistedCitySeesItsNominationAndNotWhoShortlistedIt() throws Exception {
		AwardCycle cycle = fixtures.cycle(CycleState.OPEN);
		CityInfo city = fixtures.memberCity("NZ");
		PortalUser official = officialOf(city);
		long id = fixtures.application(cycle, city, ApplicationState.SHORTLISTED).id();

		mvc.perform(get("/award/applications/" + id).with(as(official)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<strong class=\"state-badge\">Nominated to UIL</strong>")))
			.andExpect(content().string(containsString("With the National Commission → Nominated to UIL")))
			.andExpect(content().string(containsString("Fixture endorser")))
			.andExpect(content().string(not(containsString("hortlisted"))))
			.andExpect(content().string(not(containsString("Fixture UIL"))));
		mvc.perform(get("/award").with(as(official)))
			.andExpect(content().string(containsString("Nominated to UIL")))
			.andExpect(content().string(not(containsString("hortlisted"))));
		mvc.perform(get("/my").with(as(official)))
			.andExpect(content().string(containsString("UIL received the nomination")))
			.andExpect(content().string(not(containsString("shortlist"))));
	}

	@Test
	void theNationalCommissionSeesTheApplicationAsItStands() throws Exception {
		AwardCycle cycle = fixtures.cycle(CycleState.OPEN);
		CityInfo city = fixtures.memberCity("NZ");
		long id = fixtures.application(cycle, city, ApplicationState.SHORTLISTED).id();

		mvc.perform(get("/award/applications/" + id).with(endorserOf("NZ")))
			.andExpect(content().string(containsString("<strong class=\"state-badge\">Shortlisted</strong>")))
			.andExpect(content().string(containsString("Fixture UIL")));
	}

	@Test
	void aCityLeftOffTheShortlistSeesItselfNominatedUntilTheJurysSelectionIsPublished() throws Exception {
		AwardCycle cycle = fixtures.cycle(CycleState.OPEN);
		CityInfo left = fixtures.memberCity("NZ");
		CityInfo chosen = fixtures.memberCity("NZ");
		long leftId = fixtures.application(cycle, left, ApplicationState.NOT_SHORTLISTED).id();
		long chosenId = fixtures.application(cycle, chosen, ApplicationState.AWARDED).id();
		fixtures.advance(cycle, CycleState.JURY);

		mvc.perform(get("/award/applications/" + leftId).with(as(officialOf(left))))
			.andExpect(content().string(containsString("<strong class=\"state-badge\">Nominated to UIL</strong>")))
			.andExpect(content().string(not(containsString("Not shortlisted"))));
		mvc.perform(get("/award/applications/" + chosenId).with(as(officialOf(chosen))))
			.andExpect(content().string(containsString("<strong class=\"state-badge\">Nominated to UIL</strong>")))
			.andExpect(content().string(not(containsString("Award received"))));

		fixtures.advance(cycle, CycleState.PUBLISHED);
		mvc.perform(get("/award/applications/" + leftId).with(as(officialOf(left))))
			.andExpect(content().string(containsString("<strong class=\"state-badge\">Not shortlisted</strong>")))
			.andExpect(content().string(containsString("Nominated to UIL → Not shortlisted")))
			.andExpect(content().string(containsString("UNESCO Institute for Lifelong Learning (UIL)")))
			.andExpect(content().string(not(containsString("Fixture UIL"))));
		mvc.perform(get("/award/applications/" + chosenId).with(as(officialOf(chosen))))
			.andExpect(content().string(containsString("<strong class=\"state-badge\">Award received</strong>")))
			.andExpect(content().string(containsString("Nominated to UIL → Award received")));
		mvc.perform(get("/award").with(as(officialOf(chosen))))
			.andExpect(content().string(containsString("Award received")));
	}

	@Test
	void theCitySeesTheNationalCommissionsRefusalWithItsReason() throws Exception {
		AwardCycle cycle = fixtures.cycle(CycleState.OPEN);
		CityInfo city = fixtures.memberCity("NZ");
		long id = fixtures.application(cycle, city, ApplicationState.NOT_NOMINATED).id();

		mvc.perform(get("/award/applications/" + id).with(as(officialOf(city))))
			.andExpect(content().string(containsString("<strong class=\"state-badge\">Not nominated</strong>")))
			.andExpect(content().string(containsString("Fixture reason")));
	}

}
