package org.unesco.gnlc.membership;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.unesco.gnlc.PortalTest;
import org.unesco.gnlc.city.Cities;
import org.unesco.gnlc.city.CityInfo;
import org.unesco.gnlc.shared.security.PortalUser;
import org.unesco.gnlc.shared.security.Role;
import org.unesco.gnlc.shared.web.FileError;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The error summaries of the membership application's pages (D6, D7, D9, D11, D24); every
 * summary any test is shown is also checked by {@code ErrorSummaryLinks}.
 */
@PortalTest
class MembershipFormErrorsTests {

	static final AtomicInteger CITIES = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	Cities cities;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aLinkThatIsNoWebAddressIsShownAtTheLinksBoxAndTheSummaryLinksToIt() throws Exception {
		RequestPostProcessor official = official();
		long id = start(official);
		Document page = section(official, id, "implementation", "implementation", "A council.", "implementationLinks",
				"https://city.example/plan\nnot a link");
		assertThat(summary(page)).containsExactly("#implementationLinks");
		assertThat(page.getElementById("implementationLinks-error").text())
			.contains("Every line of the links box must be a web address");
	}

	@Test
	void aFigureMayBeWrittenWithItsThousandsGroupedButNotDatedInTheFuture() throws Exception {
		RequestPostProcessor official = official();
		long id = start(official);
		Document page = section(official, id, "profile", "population", "149,607", "populationYear", "2999", "areaKm2",
				"12.5", "areaYear", "2024");
		assertThat(summary(page)).contains("#populationYear").doesNotContain("#population");
		assertThat(page.getElementById("populationYear-error").text()).contains("cannot be after the current year");
		assertThat(page.getElementById("population").val()).isEqualTo("149607");
		Document spanish = Jsoup
			.parse(mvc.perform(post("/membership/applications/{id}/sections/profile", id).param("version", "0")
				.param("population", "149,607")
				.param("populationYear", "3000")
				.header("Accept-Language", "es")
				.with(official)
				.with(csrf())).andReturn().getResponse().getContentAsString());
		assertThat(spanish.getElementById("population-error").text()).contains("número entero");
		assertThat(spanish.getElementById("populationYear-error").text()).contains("año en curso")
			.doesNotContain("debe ser");
	}

	@Test
	void aFigureIsKeptToTheRangeOfTheCitysProfileWhichTakesItAtAdmission() throws Exception {
		RequestPostProcessor official = official();
		long id = start(official);
		Document page = section(official, id, "profile", "gdpCityUsd", "2000000", "gdpCityYear", "1920",
				"populationYear", "1899");
		assertThat(summary(page)).contains("#gdpCityUsd", "#populationYear").doesNotContain("#gdpCityYear");
		assertThat(page.getElementById("gdpCityUsd-error").text()).contains("at most 1000000");
		assertThat(page.getElementById("populationYear-error").text()).contains("at least 1900");
	}

	@Test
	void theSummaryListsTheErrorsInTheOrderOfThePage() throws Exception {
		RequestPostProcessor official = official();
		long id = start(official);
		assertThat(summary(section(official, id, "mayor"))).containsExactly("#mayorSalutation", "#mayorName",
				"#mayorTitle");
		assertThat(summary(section(official, id, "contact", "contactPhone", "call me", "contactEmail", "nobody")))
			.containsExactly("#contactName", "#contactTitle", "#contactOrganisation", "#contactAddress",
					"#contactPhone", "#contactEmail", "#contactLanguage");
	}

	@Test
	void anEmptyWebsiteIsOneErrorNotTwo() throws Exception {
		RequestPostProcessor official = official();
		long id = start(official);
		Document page = section(official, id, "city", "cityName", "Somewhere", "website", "");
		assertThat(summary(page)).containsExactly("#website");
		assertThat(page.select("#website-error").text()).isEqualTo("Error: " + page.select(".error-summary a").text());
	}

	@Test
	void withErrorsThePageTitleStartsWithErrorInThePersonsLanguage() throws Exception {
		RequestPostProcessor official = official();
		long id = start(official);
		assertThat(section(official, id, "mayor").title()).startsWith("Error: ");
		Document french = Jsoup
			.parse(mvc.perform(post("/membership/applications/{id}/sections/mayor", id).param("version", "0")
				.header("Accept-Language", "fr")
				.with(official)
				.with(csrf())).andReturn().getResponse().getContentAsString());
		assertThat(french.title()).startsWith("Erreur");
		Document fine = Jsoup.parse(mvc.perform(get("/membership/applications/{id}/sections/mayor", id).with(official))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(fine.title()).doesNotStartWith("Error");
	}

	@Test
	void aRefusedUploadIsInTheSummaryAndAtTheFileField() throws Exception {
		RequestPostProcessor official = official();
		long id = start(official);
		complete(official, id);
		String check = "/membership/applications/" + id + "/check";
		MvcResult refused = mvc
			.perform(multipart("/membership/applications/{id}/signed-form", id)
				.file(new MockMultipartFile("file", "signed.pdf", "application/pdf", "not really a PDF".getBytes()))
				.param(FileError.FIELD_PARAMETER, "file")
				.header("Referer", "http://localhost" + check)
				.with(official)
				.with(csrf()))
			.andExpect(status().isFound())
			.andExpect(flash().attributeExists("fileError"))
			.andReturn();
		Document page = Jsoup
			.parse(mvc.perform(get(check).cookie(refused.getResponse().getCookie("SESSION")).with(official))
				.andReturn()
				.getResponse()
				.getContentAsString());
		assertThat(summary(page)).containsExactly("#file");
		assertThat(page.getElementById("file-error").text()).isNotBlank();
		assertThat(page.getElementById("file").attr("aria-invalid")).isEqualTo("true");
		assertThat(page.title()).startsWith("Error: ");
	}

	private Document section(RequestPostProcessor official, long id, String slug, String... fields) throws Exception {
		var request = post("/membership/applications/{id}/sections/{slug}", id, slug).param("version", "0")
			.with(official)
			.with(csrf());
		for (int i = 0; i < fields.length; i += 2) {
			request.param(fields[i], fields[i + 1]);
		}
		return Jsoup
			.parse(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

	private void complete(RequestPostProcessor official, long id) throws Exception {
		saved(official, id, "city", "cityName", "Formville", "website", "https://city.example");
		saved(official, id, "mayor", "mayorSalutation", "Ms", "mayorName", "Ana Example", "mayorTitle", "Mayor");
		saved(official, id, "contact", "contactName", "Luis Example", "contactTitle", "Head of Learning",
				"contactOrganisation", "City Hall", "contactAddress", "Main Square 1", "contactPhone", "+51 1 234 5678",
				"contactEmail", "learning@city.example", "contactLanguage", "en");
		saved(official, id, "pledge", "pledgeBeijingDeclaration", "true", "pledgeKeyFeatures", "true");
		saved(official, id, "profile", "population", "250,000", "populationYear", "2024", "areaKm2", "120.5",
				"areaYear", "2024", "gdpCityUsd", "9000", "gdpCityYear", "2023", "gdpCountryUsd", "7000",
				"gdpCountryYear", "2023", "schoolingMen", "9.5", "schoolingMenYear", "2022", "schoolingWomen", "9.8",
				"schoolingWomenYear", "2022");
		saved(official, id, "motivation", "motivation", "To learn with other cities.");
		saved(official, id, "implementation", "implementation", "A lifelong learning council.", "implementationLinks",
				"https://city.example/plan");
		List<String> ratings = new ArrayList<>();
		jdbc.sql("select id from membership_challenge where active").query(Long.class).list().forEach(challenge -> {
			ratings.add("ratings[" + challenge + "]");
			ratings.add("4");
		});
		saved(official, id, "challenges", ratings.toArray(String[]::new));
	}

	private void saved(RequestPostProcessor official, long id, String slug, String... fields) throws Exception {
		var request = post("/membership/applications/{id}/sections/{slug}", id, slug).param("version", "0")
			.with(official)
			.with(csrf());
		for (int i = 0; i < fields.length; i += 2) {
			request.param(fields[i], fields[i + 1]);
		}
		mvc.perform(request).andExpect(flash().attribute("success", "membership.section.completed"));
	}

	private static List<String> summary(Document page) {
		return page.select(".error-summary a").stream().map(link -> link.attr("href")).toList();
	}

	private RequestPostProcessor official() {
		CityInfo city = cities.findOrRegister("Formville " + CITIES.incrementAndGet() + " " + System.nanoTime(), "PE");
		return user(new PortalUser(300_000 + city.id(), "official" + city.id() + "@test.example", "",
				"Official of " + city.name(), Role.CITY_OFFICIAL, city.id(), "PE", "en", true));
	}

	private long start(RequestPostProcessor official) throws Exception {
		String location = mvc.perform(post("/membership/applications").with(official).with(csrf()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

}
