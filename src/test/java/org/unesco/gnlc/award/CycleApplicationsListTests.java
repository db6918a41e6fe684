package org.unesco.gnlc.award;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.unesco.gnlc.DemoUsers;
import org.unesco.gnlc.PortalTest;
import org.unesco.gnlc.StatementCounting;
import org.unesco.gnlc.city.CityInfo;
import org.unesco.gnlc.shared.security.PortalUser;
import org.unesco.gnlc.shared.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * UIL's list of a cycle's applications at {@code /award/cycles/{year}/applications}:
 * every application its city submitted, by reference, with its city, country, state and
 * last change, each leading to its dossier; filtered by state (the cycle page's counts
 * lead there), a page at a time; for UIL administrators and reviewers only, a reviewer
 * seeing "conflict of interest" in place of a conflicted application; an unreadable state
 * or page is left out; the same few statements whatever the number of applications.
 */
@PortalTest
@Import(StatementCounting.class)
class CycleApplicationsListTests {

	/**
	 * The cycle, the page, the count and the cities, plus the two that store MockMvc's
	 * session when another test made one.
	 */
	private static final int MOST_STATEMENTS = 6;

	private static final PortalUser ADMIN = DemoUsers.person(Role.UIL_ADMIN);

	@Autowired
	MockMvc mvc;

	@Autowired
	AwardFixtures fixtures;

	@Autowired
	ReviewTestSupport people;

	@Autowired
	JdbcClient jdbc;

	@Test
	void uilSeesEverySubmittedApplicationByReferenceEachLeadingToItsDossier() throws Exception {
		AwardCycle cycle = fixtures.cycle(CycleState.OPEN);
		CityInfo finnish = fixtures.memberCity("FI");
		AwardApplication submitted = fixtures.application(cycle, finnish, ApplicationState.SUBMITTED);
		AwardApplication nominated = fixtures.application(cycle, fixtures.memberCity("KE"), ApplicationState.NOMINATED);
		AwardApplication withdrawn = fixtures.application(cycle, fixtures.memberCity("BR"), ApplicationState.WITHDRAWN);
		AwardApplication draft = fixtures.application(cycle, fixtures.memberCity("AU"), ApplicationState.DRAFT);

		Document page = page(list(cycle), ADMIN);

		assertThat(page.selectFirst("h1").text()).isEqualTo("Applications: Test Award " + cycle.year());
		assertThat(page.select("tbody tr th a").eachText()).containsExactly(submitted.reference(),
				nominated.reference(), withdrawn.reference());
		assertThat(page.select("tbody tr th a").eachAttr("href")).containsExactly(
				"/award/applications/" + submitted.id(), "/award/applications/" + nominated.id(),
				"/award/applications/" + withdrawn.id());
		Element row = page.selectFirst("#application-" + submitted.id());
		assertThat(row.select("td").eachText()).startsWith(finnish.name(), "Finland", "With the National Commission");
		assertThat(row.selectFirst("time").attr("datetime")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
		assertThat(page.selectFirst("#application-" + draft.id())).as("a draft is its city's own").isNull();
		assertThat(page.selectFirst("#applications-count").text()).isEqualTo("3 applications, by reference");
		assertThat(page.selectFirst("#never-submitted").text())
			.startsWith("Not listed: 1 application that its city has not submitted yet.");
	}

	@Test
	void theStateFilterKeepsOneStateAndEachCountOfTheCyclePageLeadsToIt() throws Exception {
		AwardCycle cycle = fixtures.cycle(CycleState.OPEN);
		AwardApplication nominated = fixtures.application(cycle, fixtures.memberCity("KE"), ApplicationState.NOMINATED);
		fixtures.application(cycle, fixtures.memberCity("FI"), ApplicationState.SUBMITTED);
		fixtures.application(cycle, fixtures.memberCity("AU"), ApplicationState.DRAFT);

		Document overview = page(get("/award/cycles/" + cycle.year()), ADMIN);
		assertThat(overview.select("#cycle-pages a").eachAttr("href"))
			.contains("/award/cycles/" + cycle.year() + "/applications");
		assertThat(overview.select("table:has(caption) td a").eachAttr("href"))
			.containsExactlyInAnyOrder(filtered(cycle, "SUBMITTED"), filtered(cycle, "NOMINATED"));
		assertThat(overview.selectFirst("tr:has(th:contains(Draft)) td").text()).as("drafts are counted only")
			.isEqualTo("1");

		Document page = page(get(filtered(cycle, "NOMINATED")), ADMIN);
		assertThat(page.select("tbody tr th a").eachAttr("href"))
			.containsExactly("/award/applications/" + nominated.id());
		assertThat(page.selectFirst("#applications-count").text())
			.isEqualTo("1 application in the state Nominated to UIL, by reference");
		assertThat(page.selectFirst("select#state option[selected]").val()).isEqualTo("NOMINATED");
		assertThat(page.select("form[method=get] select#state option").eachAttr("value")).startsWith("", "SUBMITTED")
			.doesNotContain("DRAFT");
		assertThat(page(get(filtered(cycle, "AWARDED")), ADMIN).select("tbody tr")).isEmpty();
	}

	@Test
	void aLongListIsPagedByReferenceAndThePagerKeepsTheFilter() throws Exception {
		AwardCycle cycle = fixtures.cycle(CycleState.OPEN);
		List<String> references = new ArrayList<>();
		for (int i = 0; i < CycleApplications.PAGE_SIZE + 2; i++) {
			references
				.add(fixtures.application(cycle, fixtures.memberCity("FI"), ApplicationState.SUBMITTED).reference());
		}
		fixtures.application(cycle, fixtures.memberCity("KE"), ApplicationState.NOMINATED);

		Document first = page(get(filtered(cycle, "SUBMITTED")), ADMIN);
		assertThat(first.select("tbody tr th a").eachText())
			.containsExactlyElementsOf(references.subList(0, CycleApplications.PAGE_SIZE));
		assertThat(first.selectFirst("a[rel=next]").attr("href")).isEqualTo(filtered(cycle, "SUBMITTED") + "&page=1");
		Document second = page(get(filtered(cycle, "SUBMITTED")).param("page", "1"), ADMIN);
		assertThat(second.select("tbody tr th a").eachText())
			.containsExactlyElementsOf(references.subList(CycleApplications.PAGE_SIZE, references.size()));
		assertThat(second.selectFirst(".pagination [aria-current=page]").text()).isEqualTo("Page 2 of 2");
		assertThat(page(list(cycle).param("page", "9"), ADMIN).select("tbody tr")).as("past the end").isEmpty();
	}

	@Test
	void anUnreadableStateOrPageIsLeftOutWithAMessageAndNeverAServerError() throws Exception {
		AwardCycle cycle = fixtures.cycle(CycleState.OPEN);
		String address = "/award/cycles/" + cycle.year() + "/applications";
		for (String state : List.of("BOGUS", "nominated", "42", "x".repeat(5000))) {
			mvc.perform(get(address + "?state=" + state + "&page=0").with(user(ADMIN)))
				.andExpect(status().is3xxRedirection())
				.andExpect(redirectedUrl(address + "?page=0"))
				.andExpect(flash().attribute("error", "request.parameterIgnored"));
		}
		for (String page : List.of("-1", "abc", "99999999999")) {
			mvc.perform(get(address + "?state=NOMINATED&page=" + page).with(user(ADMIN)))
				.andExpect(status().is3xxRedirection())
				.andExpect(redirectedUrl(address + "?state=NOMINATED"));
		}
		mvc.perform(get(address).param("state", "").with(user(ADMIN))).andExpect(status().isOk());
		mvc.perform(get("/award/cycles/abc/applications").with(user(ADMIN))).andExpect(status().isBadRequest());
		mvc.perform(get("/award/cycles/2099/applications").with(user(ADMIN))).andExpect(status().isNotFound());
	}

	@Test
	void onlyUilAdministratorsAndReviewersMayOpenTheList() throws Exception {
		MockHttpServletRequestBuilder list = get("/award/cycles/2024/applications");
		mvc.perform(list.with(user(ADMIN))).andExpect(status().isOk());
		mvc.perform(get("/award/cycles/2024/applications").with(DemoUsers.signedInAs(Role.UIL_REVIEWER)))
			.andExpect(status().isOk());
		for (Role role : List.of(Role.CITY_OFFICIAL, Role.NATCOM_ENDORSER, Role.JURY_MEMBER)) {
			mvc.perform(get("/award/cycles/2024/applications").with(DemoUsers.signedInAs(role)))
				.andExpect(status().isForbidden());
		}
		mvc.perform(get("/award/cycles/2024/applications"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
	}

	@Test
	void aReviewerSeesOnlyConflictOfInterestInPlaceOfAnApplicationOfTheirCountryOrDeclaredConflict() throws Exception {
		PortalUser reviewer = people.reviewer("FR");
		AwardCycle cycle = fixtures.cycle(CycleState.OPEN);
		AwardApplication french = fixtures.application(cycle, fixtures.memberCity("FR"), ApplicationState.NOMINATED);
		AwardApplication declared = fixtures.application(cycle, fixtures.memberCity("AU"), ApplicationState.NOMINATED);
		AwardApplication open = fixtures.application(cycle, fixtures.memberCity("KE"), ApplicationState.NOMINATED);
		jdbc.sql(
				"""
						insert into award_review_assignment (application_id, reviewer_id, assigned_at, assigned_by, conflict_declared_at)
						values (:application, :reviewer, now(), 'Test', now())
						""")
			.param("application", declared.id())
			.param("reviewer", reviewer.accountId())
			.update();

		Document page = page(list(cycle), reviewer);

		for (AwardApplication conflicted : List.of(french, declared)) {
			Element row = page.selectFirst("#application-" + conflicted.id());
			assertThat(row.text()).isEqualTo("Conflict of interest");
			assertThat(row.select("a")).isEmpty();
		}
		assertThat(page.selectFirst("#application-" + open.id() + " a").text()).isEqualTo(open.reference());
		assertThat(page(list(cycle), ADMIN).select("tbody tr a")).as("UIL_ADMIN has no conflict").hasSize(3);
	}

	@Test
	void theListCostsTheSameFewStatementsForOneApplicationAndForThirty() throws Exception {
		AwardCycle few = fixtures.openCycleWith(1, ApplicationState.SUBMITTED, ApplicationState.NOMINATED,
				ApplicationState.DRAFT);
		AwardCycle many = fixtures.openCycleWith(30, ApplicationState.SUBMITTED, ApplicationState.NOMINATED,
				ApplicationState.DRAFT);
		int ofFew = statements(list(few));
		int ofMany = statements(list(many));
		int filtered = statements(get(filtered(many, "NOMINATED")));
		System.out.printf("Statements of a cycle's applications: %d with 1, %d with 30, %d filtered%n", ofFew, ofMany,
				filtered);
		assertThat(ofMany).isEqualTo(ofFew).isEqualTo(filtered).isLessThanOrEqualTo(MOST_STATEMENTS);
	}

	private int statements(MockHttpServletRequestBuilder request) throws Exception {
		return StatementCounting.count(() -> mvc.perform(request.with(user(ADMIN))).andExpect(status().isOk())).count();
	}

	private static MockHttpServletRequestBuilder list(AwardCycle cycle) {
		return get("/award/cycles/" + cycle.year() + "/applications");
	}

	private static String filtered(AwardCycle cycle, String state) {
		return "/award/cycles/" + cycle.year() + "/applications?state=" + state;
	}

	private Document page(MockHttpServletRequestBuilder request, PortalUser who) throws Exception {
		return Jsoup.parse(mvc.perform(request.with(user(who)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

}
