package org.unesco.gnlc;

import java.util.List;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.unesco.gnlc.AccessRulesTests.Outcome;
import org.unesco.gnlc.AccessRulesTests.Rule;
import org.unesco.gnlc.city.Cities;
import org.unesco.gnlc.city.CityInfo;
import org.unesco.gnlc.shared.security.PortalUser;
import org.unesco.gnlc.shared.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Issue #12: the portal's pages are valid HTML, as the W3C's Nu HTML Checker judges them
 * (run in-process by {@link NuHtmlChecker}). Every public page in English and in Arabic
 * (right to left), the error pages, and a representative page of each signed-in kind: a
 * dashboard, a task list, a form with errors, a check page, a staff list, the outbox. A
 * failure lists each error with its line, column and message.
 */
@PortalTest
class HtmlValidityTests {

	private static final String VISITOR = "a visitor";

	/** The public pages, as a visitor sees them. */
	private static final List<String> PUBLIC_PAGES = List.of("/", "/cities",
			"/cities?q=a&region=EUROPE_NORTH_AMERICA&sort=population&dir=desc&page=2", "/cities?country=MX&award=2017",
			"/cities?joined=last-year&sort=nothing", "/cities/melton", "/network", "/network/progress", "/awards",
			"/awards/2015", "/awards/2026", "/conferences", "/conferences/2", "/people", "/people/sampo-suihko",
			"/key-features", "/search?q=learning", "/search?q=zzzqqq", "/login", "/register", "/password/forgot");

	@Autowired
	MockMvc mvc;

	@Autowired
	Cities cities;

	@TestFactory
	Stream<DynamicTest> everyPublicPageIsValidInEnglishAndInArabic() {
		return Stream.of("en", "ar")
			.flatMap(language -> PUBLIC_PAGES.stream()
				.map(page -> DynamicTest.dynamicTest(page + " in " + language,
						() -> assertValid(page + " (" + language + ")", get(page).param("lang", language)))));
	}

	@TestFactory
	Stream<DynamicTest> theErrorPagesAreValidInEnglishAndInArabic() {
		return Stream.of("en", "ar")
			.flatMap(language -> Stream.of(403, 404, 500)
				.map(status -> DynamicTest.dynamicTest(status + " in " + language,
						() -> assertValid("error " + status + " (" + language + ")",
								get("/error").param("lang", language)
									.requestAttr("jakarta.servlet.error.status_code", status)
									.requestAttr("jakarta.servlet.error.request_uri", "/somewhere")))));
	}

	@TestFactory
	Stream<DynamicTest> everyPageOfTheAccessRulesIsValidForTheFirstPersonWhoMayOpenIt() {
		return AccessRulesTests.pages()
			.flatMap(rule -> firstReader(rule).map(reader -> DynamicTest.dynamicTest(rule.sample() + " " + reader,
					() -> assertValidIfShown(rule.sample() + " for " + reader, readerRequest(rule, reader)))));
	}

	@Test
	void aCityOfficialsDashboardAndPagesAreValid() throws Exception {
		RequestPostProcessor melton = DemoUsers.signedInAs(Role.CITY_OFFICIAL);
		for (String page : List.of("/my", "/award", "/cities/melton/edit", "/progress-reports", "/city-officials")) {
			assertValid(page + " for Melton's official", get(page).with(melton));
		}
	}

	@Test
	void aMembershipApplicationsTaskListAndASectionWithErrorsAreValid() throws Exception {
		RequestPostProcessor official = newCityOfficial();
		String location = mvc.perform(post("/membership/applications").with(official).with(csrf()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).as("the application started").isNotNull();
		assertValid("the task list", get(location).with(official));
		assertValid("the profile section", get(location + "/sections/profile").with(official));
		assertValid("the profile section with errors",
				post(location + "/sections/profile").param("version", "0")
					.param("population", "many")
					.param("populationYear", "2999")
					.with(official)
					.with(csrf()));
		assertValid("the check page of an application just started", get(location + "/check").with(official));
	}

	@Test
	void anAwardApplicationsTaskListAndCheckPageAreValidForTheCityAndUil() throws Exception {
		// Swansea's draft in the open call of the demo data.
		CityInfo swansea = cities.bySlug("swansea").orElseThrow();
		RequestPostProcessor official = user(new PortalUser(500_000 + swansea.id(), "official@swansea.example", "",
				"Official of Swansea", Role.CITY_OFFICIAL, swansea.id(), swansea.countryCode(), "en", true));
		String application = firstApplicationIn(assertValid("the Award page of Swansea", get("/award").with(official)));
		assertValid("Swansea's Award application", get(application).with(official));
		assertValid("its profile section", get(application + "/sections/profile").with(official));
		assertValid("its check page", get(application + "/check").with(official));
	}

	@Test
	void theStaffListsAndTheOutboxAreValid() throws Exception {
		RequestPostProcessor uil = DemoUsers.signedInAs(Role.UIL_ADMIN);
		for (String page : List.of("/my", "/admin/accounts", "/admin/outbox", "/membership/decisions",
				"/progress-reports", "/award/cycles", "/award/cycles/2027", "/award/cycles/2026/jury",
				"/award/cycles/2027/applications?state=NOMINATED")) {
			assertValid(page + " for UIL", get(page).with(uil));
		}
		assertValid("the applications of 2027 for a reviewer, one of them a conflict of interest",
				get("/award/cycles/2027/applications").with(DemoUsers.signedInAs(Role.UIL_REVIEWER)));
		String nominated = firstApplicationIn(
				assertValid("the review assignments", get("/award/cycles/2027/assignments").with(uil)));
		assertValid("a nominated Award application for UIL", get(nominated).with(uil));
		assertValid("the nominations of Mexico",
				get("/award/nominations").with(DemoUsers.signedInAs(Role.NATCOM_ENDORSER)));
	}

	private RequestPostProcessor newCityOfficial() {
		CityInfo city = cities.findOrRegister("Validville " + System.nanoTime(), "PE");
		return user(new PortalUser(400_000 + city.id(), "official" + city.id() + "@test.example", "",
				"Official of " + city.name(), Role.CITY_OFFICIAL, city.id(), "PE", "en", true));
	}

	/** The address of the first Award application the page links to. */
	private static String firstApplicationIn(String page) {
		return Jsoup.parse(page)
			.select("a[href~=^/award/applications/\\d+$]")
			.stream()
			.map(link -> link.attr("href"))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no Award application linked from the page"));
	}

	/** A visitor where the route is public, else the first role that may open it. */
	private static Stream<String> firstReader(Rule rule) {
		if (rule.visitor() == Outcome.OK) {
			return Stream.of(VISITOR);
		}
		return rule.roles()
			.entrySet()
			.stream()
			.filter(entry -> entry.getValue() == Outcome.OK)
			.map(entry -> entry.getKey().name())
			.limit(1);
	}

	private static MockHttpServletRequestBuilder readerRequest(Rule rule, String reader) {
		MockHttpServletRequestBuilder request = get(rule.sample());
		return reader.equals(VISITOR) ? request : request.with(DemoUsers.signedInAs(Role.valueOf(reader)));
	}

	/**
	 * The page checked where it is an HTML page; the samples of the access rules name
	 * records that do not exist, answered by a status without a page.
	 */
	private void assertValidIfShown(String name, MockHttpServletRequestBuilder request) throws Exception {
		MockHttpServletResponse response = mvc.perform(request.header("Accept", "text/html")).andReturn().getResponse();
		String type = response.getContentType();
		if (response.getStatus() == 200 && type != null && type.startsWith("text/html")) {
			assertNoErrors(name, response.getContentAsString());
		}
	}

	/** The page, once it is shown as HTML and the checker finds no error in it. */
	private String assertValid(String name, MockHttpServletRequestBuilder request) throws Exception {
		MockHttpServletResponse response = mvc.perform(request.header("Accept", "text/html")).andReturn().getResponse();
		assertThat(response.getContentType()).as("the content type of %s (status %s)", name, response.getStatus())
			.startsWith("text/html");
		String page = response.getContentAsString();
		assertNoErrors(name, page);
		return page;
	}

	private static void assertNoErrors(String name, String page) throws Exception {
		assertThat(NuHtmlChecker.get().errors(page)).as("the Nu HTML Checker's errors on %s", name).isEmpty();
	}

}
