package org.unesco.gnlc.award;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.unesco.gnlc.DemoUsers;
import org.unesco.gnlc.PortalTest;
import org.unesco.gnlc.StatementCounting;
import org.unesco.gnlc.shared.security.PortalUser;
import org.unesco.gnlc.shared.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 12, D13: UIL's list of the Award's cycles at {@code /award/cycles} and each
 * cycle's page at {@code /award/cycles/{year}}: phase, key dates, applications per state,
 * the next phase change and when it is possible, the cycle's pages and its timeline; 404
 * for a year without a cycle, 403 for the other roles; the same few statements however
 * many applications a cycle has.
 */
@PortalTest
@Import(StatementCounting.class)
class AwardCyclePagesTests {

	/** The page's own statements at most, plus the two that store MockMvc's session. */
	private static final int MOST_STATEMENTS = 9;

	private static final PortalUser ADMIN = DemoUsers.person(Role.UIL_ADMIN);

	private static final PortalUser REVIEWER = DemoUsers.person(Role.UIL_REVIEWER);

	@Autowired
	MockMvc mvc;

	@Autowired
	AwardFixtures fixtures;

	@Test
	void uilSeesEveryCycleWithItsPhaseAndApplicationsByStateEachLeadingToItsPage() throws Exception {
		AwardCycle cycle = fixtures.cycle(CycleState.OPEN);
		fixtures.application(cycle, fixtures.memberCity("FI"), ApplicationState.SUBMITTED);
		fixtures.application(cycle, fixtures.memberCity("KE"), ApplicationState.SUBMITTED);
		fixtures.application(cycle, fixtures.memberCity("BR"), ApplicationState.NOMINATED);

		Document list = page("/award/cycles", REVIEWER);
		Element row = list.selectFirst("tr:has(a[href=/award/cycles/" + cycle.year() + "])");
		assertThat(row).as("the cycle's row").isNotNull();
		assertThat(row.text()).contains("Test Award " + cycle.year(), "Call open", "With the National Commission: 2",
				"Nominated to UIL: 1");
		assertThat(list.select("a[href=/award/cycles/2024]")).as("the published 2024 cycle").hasSize(1);
		assertThat(page("/award/cycles", ADMIN).select("a[href=/admin/award-cycles]")).hasSize(1);
	}

	@Test
	void administratorsAndReviewersReachTheCyclesFromTheirDashboard() throws Exception {
		for (PortalUser uil : List.of(ADMIN, REVIEWER)) {
			assertThat(page("/my", uil).select("a[href=/award/cycles]").eachText())
				.containsExactly("Every Award cycle, its next step and its pages");
		}
	}

	@Test
	void aCyclesPageSaysItsNextStepWhenItIsPossibleAndWhereItIsDone() throws Exception {
		AwardCycle cycle = fixtures.cycle(CycleState.OPEN);
		fixtures.application(cycle, fixtures.memberCity("FI"), ApplicationState.NOMINATED);
		AwardCycle inReview = fixtures.advance(cycle, CycleState.REVIEW);
		String address = "/award/cycles/" + inReview.year();

		Document page = page(address, ADMIN);
		assertThat(page.selectFirst("h1").text()).isEqualTo("Test Award " + inReview.year());
		assertThat(page.selectFirst("#next-step").text()).startsWith("Send the shortlist to the jury");
		assertThat(page.selectFirst("#next-when").text())
			.startsWith("Possible once at least one nomination is on the shortlist.")
			.contains("Planned for ");
		assertThat(page.selectFirst("#next-page").attr("href")).isEqualTo(address + "/leaderboard");
		assertThat(page.select("#cycle-pages a").eachAttr("href")).contains("/admin/award-cycles/" + inReview.id(),
				address + "/assignments", address + "/leaderboard", address + "/jury", "/awards/" + inReview.year());
		assertThat(page.select(".timeline li").eachText())
			.anyMatch(step -> step.startsWith("Call open → Under review"));

		AwardCycle withShortlist = fixtures.cycle(CycleState.OPEN);
		fixtures.application(withShortlist, fixtures.memberCity("KE"), ApplicationState.SHORTLISTED);
		fixtures.advance(withShortlist, CycleState.REVIEW);
		assertThat(page("/award/cycles/" + withShortlist.year(), ADMIN).selectFirst("#next-when").text())
			.startsWith("Possible now.");

		Document reviewers = page(address, REVIEWER);
		assertThat(reviewers.select("#next-page")).as("the reviewer cannot send the shortlist").isEmpty();
		assertThat(reviewers.select("#cycle-pages a").eachAttr("href")).containsExactly(address + "/applications",
				address + "/leaderboard", "/awards/" + inReview.year());
	}

	@Test
	void aPublishedCycleIsClosedAndOffersItsDecisionPack() throws Exception {
		Document page = page("/award/cycles/2024", REVIEWER);
		assertThat(page.selectFirst("#next-step").text())
			.isEqualTo("The recipients are published: this cycle is closed.");
		assertThat(page.select("#cycle-pages a").eachAttr("href")).contains("/award/cycles/2024/decision-pack.pdf",
				"/award/cycles/2024/decision-pack.csv");
	}

	@Test
	void aYearWithoutACycleIsNotFoundAndOtherRolesAreRefused() throws Exception {
		mvc.perform(get("/award/cycles/2099").with(user(ADMIN))).andExpect(status().isNotFound());
		for (Role role : List.of(Role.CITY_OFFICIAL, Role.NATCOM_ENDORSER, Role.JURY_MEMBER)) {
			mvc.perform(get("/award/cycles").with(DemoUsers.signedInAs(role))).andExpect(status().isForbidden());
			mvc.perform(get("/award/cycles/2024").with(DemoUsers.signedInAs(role))).andExpect(status().isForbidden());
		}
	}

	@Test
	void theCyclePagesCostTheSameFewStatementsForOneApplicationAndForThirty() throws Exception {
		AwardCycle few = fixtures.openCycleWith(1, ApplicationState.DRAFT, ApplicationState.SUBMITTED,
				ApplicationState.NOMINATED);
		AwardCycle many = fixtures.openCycleWith(30, ApplicationState.DRAFT, ApplicationState.SUBMITTED,
				ApplicationState.NOMINATED);
		int list = statements("/award/cycles");
		int pageOfFew = statements("/award/cycles/" + few.year());
		int pageOfMany = statements("/award/cycles/" + many.year());
		System.out.printf("Statements of /award/cycles %d; of a cycle's page %d with 1 application, %d with 30%n", list,
				pageOfFew, pageOfMany);
		assertThat(pageOfMany).isEqualTo(pageOfFew);
		assertThat(List.of(list, pageOfMany))
			.allSatisfy(count -> assertThat(count).isLessThanOrEqualTo(MOST_STATEMENTS));
		fixtures.cycle(CycleState.PLANNED);
		assertThat(statements("/award/cycles")).as("statements of the list with one cycle more").isEqualTo(list);
	}

	private int statements(String address) throws Exception {
		return StatementCounting.count(() -> mvc.perform(get(address).with(user(ADMIN))).andExpect(status().isOk()))
			.count();
	}

	private Document page(String address, PortalUser who) throws Exception {
		return Jsoup.parse(mvc.perform(get(address).with(user(who)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

}
