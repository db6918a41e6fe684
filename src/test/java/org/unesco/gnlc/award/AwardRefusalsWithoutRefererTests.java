package org.unesco.gnlc.award;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import jakarta.servlet.http.Cookie;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.unesco.gnlc.DemoUsers;
import org.unesco.gnlc.PortalTest;
import org.unesco.gnlc.city.CityInfo;
import org.unesco.gnlc.shared.security.PortalUser;
import org.unesco.gnlc.shared.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.unesco.gnlc.award.AwardApplicationSupport.officialOf;

/**
 * Issue 12, D13: every kind of refused Award action sent without a Referer (a browser or
 * proxy that strips it), or with one naming another site, lands on the page of its item
 * (the city's Award page, the application, the assignments, the leaderboard, the cycle's
 * administration, the jury page, the juror's ballot), which shows why; never a 404, never
 * another site.
 */
@PortalTest
class AwardRefusalsWithoutRefererTests {

	private static final PortalUser ADMIN = DemoUsers.person(Role.UIL_ADMIN);

	@Autowired
	MockMvc mvc;

	@Autowired
	AwardFixtures fixtures;

	@Autowired
	JuryFixtures jury;

	@Autowired
	ReviewTestSupport review;

	@Autowired
	AwardApplicationSupport applications;

	@Autowired
	MessageSource messages;

	@Test
	void aCityStartingAnApplicationOutsideTheCallIsSentBackToItsAwardPage() throws Exception {
		AwardCycle planned = fixtures.cycle(CycleState.PLANNED);
		PortalUser official = officialOf(fixtures.memberCity("AU"));
		refusedBackTo(() -> post("/award/cycles/{cycleId}/applications", planned.id()), official, "/award",
				"award.error.callClosed");
	}

	@Test
	void aCitySubmittingAnIncompleteApplicationIsSentBackToTheApplication() throws Exception {
		AwardCycle cycle = fixtures.cycle(CycleState.OPEN);
		PortalUser official = officialOf(fixtures.memberCity("AU"));
		long id = applications.start(mvc, official, cycle);
		refusedBackTo(() -> post("/award/applications/{id}/submit", id), official, "/award/applications/" + id,
				"award.error.sectionsIncomplete");
	}

	@Test
	void aNationalCommissionNominatingAfterTheCallIsSentBackToTheApplication() throws Exception {
		AwardCycle cycle = fixtures.cycle(CycleState.OPEN);
		CityInfo city = fixtures.memberCity("MX");
		AwardApplication application = fixtures.application(cycle, city, ApplicationState.SUBMITTED);
		fixtures.advance(cycle, CycleState.REVIEW);
		PortalUser endorser = review.person(Role.NATCOM_ENDORSER, "MX");
		refusedBackTo(() -> post("/award/applications/{id}/nominate", application.id()), endorser,
				"/award/applications/" + application.id(), "award.nomination.error.closed");
	}

	@Test
	void uilsRefusedReviewActionsAreSentBackToTheAssignmentsAndTheLeaderboard() throws Exception {
		AwardCycle cycle = fixtures.cycle(CycleState.OPEN);
		AwardApplication german = fixtures.application(cycle, fixtures.memberCity("DE"), ApplicationState.NOMINATED);
		AwardApplication finnish = fixtures.application(cycle, fixtures.memberCity("FI"), ApplicationState.NOMINATED);
		PortalUser reviewer = review.reviewer("DE");
		String cyclePages = "/award/cycles/" + cycle.year();
		refusedBackTo(
				() -> post(cyclePages + "/assignments").param("applicationId", String.valueOf(german.id()))
					.param("reviewerId", String.valueOf(reviewer.accountId())),
				ADMIN, cyclePages + "/assignments", "award.review.error.ownCountryAssignment");
		refusedBackTo(
				() -> post(cyclePages + "/leaderboard/shortlist").param("applicationId", String.valueOf(finnish.id())),
				ADMIN, cyclePages + "/leaderboard", "award.review.error.twoReviewsNeeded");
		fixtures.advance(cycle, CycleState.REVIEW);
		refusedBackTo(() -> post(cyclePages + "/leaderboard/convene-jury").param("confirmed", "true"), ADMIN,
				cyclePages + "/leaderboard", "award.review.error.shortlistEmpty");
	}

	@Test
	void removingAFrozenCriterionIsSentBackToTheCyclesAdministrationPage() throws Exception {
		AwardCycle cycle = fixtures.cycle(CycleState.OPEN);
		long criterion = applications.criteria(cycle).get(0);
		AwardCycle current = fixtures.advance(cycle, CycleState.OPEN);
		for (String action : List.of("remove", "move")) {
			refusedBackTo(
					() -> post("/admin/award-cycles/{id}/criteria/{criterion}/" + action, cycle.id(), criterion)
						.param("version", String.valueOf(current.version()))
						.param("direction", "down"),
					ADMIN, "/admin/award-cycles/" + cycle.id(), "award.nomination.criteria.frozen");
		}
	}

	@Test
	void theJurysRefusedActionsAreSentBackToTheJuryPageAndTheBallot() throws Exception {
		PortalUser juror = jury.juror("SE");
		JuryFixtures.Shortlist shortlist = jury.shortlist(List.of(juror), "AU", "MX");
		refusedBackTo(() -> post("/award/cycles/{year}/jury/publish", shortlist.year()).param("rationale", "Because"),
				ADMIN, "/award/cycles/" + shortlist.year() + "/jury", "award.jury.error.selectionMissing");
		refusedBackTo(() -> post("/award/jury/{year}/ballot", shortlist.year()).param("confirmed", "true"), juror,
				"/award/jury/" + shortlist.year(), "award.jury.error.noChoice");
	}

	/**
	 * The action is refused with the message and goes back to the page, without a Referer
	 * and whatever other site a Referer names; the page then says why.
	 */
	private void refusedBackTo(Supplier<MockHttpServletRequestBuilder> action, PortalUser who, String page,
			String messageKey) throws Exception {
		MvcResult refused = null;
		for (String referer : Arrays.asList(null, "http://evil.example" + page, "http://localhost//evil.example/x")) {
			MockHttpServletRequestBuilder request = action.get().with(user(who)).with(csrf());
			refused = mvc.perform(referer == null ? request : request.header("Referer", referer))
				.andExpect(redirectedUrl(page))
				.andExpect(flash().attribute("error", messageKey))
				.andReturn();
		}
		// The browser follows the redirect in its session, where the message waits.
		Cookie session = refused.getResponse().getCookie("SESSION");
		assertThat(session).as("the session holding the message").isNotNull();
		String shown = mvc.perform(get(page).with(user(who)).cookie(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		Element error = Jsoup.parse(shown).selectFirst("#flash-error");
		assertThat(error).as("the message on %s", page).isNotNull();
		assertThat(error.text()).isEqualTo(
				messages.getMessage(messageKey, (Object[]) refused.getFlashMap().get("errorArgs"), Locale.ENGLISH));
	}

}
