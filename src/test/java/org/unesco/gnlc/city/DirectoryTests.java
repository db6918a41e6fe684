package org.unesco.gnlc.city;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.unesco.gnlc.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Anyone finds member cities by name (ignoring case and accents), region, country, Award
 * and year of joining.
 */
@PortalTest
class DirectoryTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Cities cities;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void removeCitiesOfTheseTests() {
		jdbc.sql("delete from city where name like 'Directory test %'").update();
	}

	@ParameterizedTest(name = "\"{0}\" finds Ybycuí")
	@ValueSource(strings = { "ybycui", "YBYCUI", "Ybycuí", "  ybycu ", "bycu" })
	void aSearchIgnoresCaseAccentsAndSurroundingSpaces(String search) throws Exception {
		mvc.perform(get("/cities").param("q", search))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(">Ybycuí</a>")))
			.andExpect(content().string(containsString("1 member city")))
			.andExpect(content().string(not(containsString(">Melton</a>"))));
	}

	@Test
	void espooFindsEspooAndAccentedNamesAreFoundWithoutTheirAccents() throws Exception {
		mvc.perform(get("/cities").param("q", "espoo")).andExpect(content().string(containsString(">Espoo</a>")));
		mvc.perform(get("/cities").param("q", "camara de lobos"))
			.andExpect(content().string(containsString(">Câmara de Lobos</a>")));
		mvc.perform(get("/cities").param("q", "sonderborg"))
			.andExpect(content().string(containsString(">Sønderborg</a>")));
	}

	@Test
	void wildcardsInASearchAreTakenLiterally() throws Exception {
		mvc.perform(get("/cities").param("q", "%"))
			.andExpect(content().string(containsString("No member city matches")));
		mvc.perform(get("/cities").param("q", "_"))
			.andExpect(content().string(containsString("No member city matches")));
	}

	@Test
	void theRegionFilterShowsOnlyThatRegionAndTheCountsOfEveryRegionStay() throws Exception {
		mvc.perform(get("/cities").param("region", "AFRICA"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(">Bahir Dar</a>")))
			.andExpect(content().string(not(containsString(">Melton</a>"))))
			.andExpect(content().string(containsString("5 member cities")))
			// The other regions keep their counts, so a visitor sees where else to look.
			.andExpect(content().string(containsString("Asia and the Pacific</span>")));
	}

	@Test
	void theCountryFilterTakesACodeInAnyCase() throws Exception {
		mvc.perform(get("/cities").param("country", "au"))
			.andExpect(content().string(containsString(">Melton</a>")))
			.andExpect(content().string(containsString(">Wyndham</a>")))
			.andExpect(content().string(containsString("2 member cities")));
	}

	@Test
	void theAwardFilterListsTheRecipientsOfThatYear() throws Exception {
		mvc.perform(get("/cities").param("award", "2017"))
			.andExpect(content().string(containsString("16 member cities")))
			.andExpect(content().string(containsString(">Villa María</a>")));
		mvc.perform(get("/cities").param("award", "2024"))
			.andExpect(content().string(containsString(">Cork</a>")))
			.andExpect(content().string(not(containsString(">Melton</a>"))));
	}

	@Test
	void theYearOfJoiningFilterLeavesOutMembersWithoutARecordedDate() throws Exception {
		mvc.perform(get("/cities").param("joined", "2015"))
			.andExpect(content().string(containsString("12 member cities")))
			.andExpect(content().string(not(containsString(">Bristol</a>"))));
	}

	@Test
	void citiesAreOrderedByPopulationLargestFirstAndTheOrderCanBeReversed() throws Exception {
		String largestFirst = mvc.perform(get("/cities").param("sort", "population"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(largestFirst.indexOf(">Beijing</a>")).isLessThan(largestFirst.indexOf(">Mexico City</a>"));
		assertThat(largestFirst).contains("aria-sort=\"descending\"");
		String smallestFirst = mvc.perform(get("/cities").param("sort", "population").param("dir", "asc"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(smallestFirst.indexOf(">Ybycuí</a>")).isLessThan(smallestFirst.indexOf(">Balanga</a>"));
	}

	@Test
	void pageLinksKeepTheFilters() throws Exception {
		mvc.perform(get("/cities").param("region", "EUROPE_NORTH_AMERICA").param("sort", "country"))
			.andExpect(content().string(containsString("Member cities, page 1 of 1")))
			.andExpect(content()
				.string(containsString("/cities.csv?region=EUROPE_NORTH_AMERICA&amp;sort=country&amp;dir=asc")));
		mvc.perform(get("/cities")).andExpect(content().string(containsString("href=\"/cities?page=2\"")));
		for (int number = 1; number <= 25; number++) {
			cities.admit(cities.findOrRegister("Directory test Paging " + number, "KE").id(), LocalDate.of(2025, 3, 1));
		}
		mvc.perform(get("/cities").param("q", "paging").param("page", "2"))
			.andExpect(content().string(containsString("Page 2 of 2")))
			.andExpect(content().string(containsString("href=\"/cities?q=paging\"")));
	}

	@ParameterizedTest(name = "\"{0}\" finds Amman")
	@ValueSource(strings = { "عمّان", "عمان", "عَمَّان", "AMMAN", "ammán", "ع" })
	void ammanIsFoundByItsArabicNameWithOrWithoutDiacriticsAndByItsLatinName(String search) throws Exception {
		mvc.perform(get("/cities").param("q", search).param("lang", "ar"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(">Amman</a>")))
			.andExpect(content().string(containsString(">الأردن</td>")))
			.andExpect(content().string(not(containsString(">Melton</a>"))));
	}

	@Test
	void theProfileOfACityOfTheArabStatesShowsItsArabicNameMarkedAsArabic() throws Exception {
		mvc.perform(get("/cities/amman"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<p class=\"lead mb-1\" lang=\"ar\" dir=\"rtl\">عمّان</p>")));
	}

	@Test
	void arabicSpellingsOfTheTaMarbutaAndTheHamzaFindTheSameCity() throws Exception {
		mvc.perform(get("/cities").param("q", "الجيزه")).andExpect(content().string(containsString(">Giza</a>")));
		mvc.perform(get("/cities").param("q", "اسوان")).andExpect(content().string(containsString(">Aswan</a>")));
	}

	@Test
	void aSingleLetterFindsTheNamesThatBeginWithIt() throws Exception {
		mvc.perform(get("/cities").param("q", "E"))
			.andExpect(content().string(containsString(">Espoo</a>")))
			.andExpect(content().string(containsString("A single letter finds the names that begin with it.")))
			.andExpect(content().string(not(containsString(">Melton</a>"))));
		mvc.perform(get("/cities").param("q", "é")).andExpect(content().string(containsString(">Espoo</a>")));
	}

	@Test
	void onlyMembersAreListed() throws Exception {
		cities.findOrRegister("Directory test Applicant", "KE");
		mvc.perform(get("/cities").param("q", "directory test"))
			.andExpect(content().string(containsString("No member city matches")));
		CityInfo admitted = cities.findOrRegister("Directory test Admitted", "KE");
		cities.admit(admitted.id(), LocalDate.of(2025, 3, 1));
		mvc.perform(get("/cities").param("q", "directory test"))
			.andExpect(content().string(containsString(">Directory test Admitted</a>")))
			.andExpect(content().string(not(containsString("Applicant"))));
	}

	@Test
	void anUnknownRegionAMalformedCountryAndAWrongPageAreExplainedNotFailed() throws Exception {
		mvc.perform(get("/cities").param("region", "ATLANTIS").param("country", "Mexico").param("page", "zero"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is no UNESCO region called &quot;ATLANTIS&quot;")))
			.andExpect(content().string(containsString("&quot;Mexico&quot; is not a country code")))
			.andExpect(content().string(containsString("&quot;zero&quot; is not a page number")))
			.andExpect(content().string(containsString(">Amman</a>")));
	}

	@Test
	void anUnknownCountryCodeFindsNoCity() throws Exception {
		mvc.perform(get("/cities").param("country", "ZZ"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No member city matches")));
	}

	@Test
	void aPagePastTheEndSaysSoAndLeadsToTheLastPage() throws Exception {
		mvc.perform(get("/cities").param("region", "AFRICA").param("page", "200"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is no page 200")))
			.andExpect(content().string(containsString("href=\"/cities?region=AFRICA\"")));
		mvc.perform(get("/cities").param("page", "99999999999999999999")).andExpect(status().isOk());
	}

	@Test
	void aFiveThousandCharacterSearchIsCutAndExplained() throws Exception {
		mvc.perform(get("/cities").param("q", "ybycui" + "x".repeat(5000)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("longer than 100 characters")))
			.andExpect(content().string(containsString("No member city matches")));
	}

	@Test
	void theDirectorySpeaksTheVisitorsLanguageIncludingCountryNames() throws Exception {
		mvc.perform(get("/cities").param("country", "DE").header("Accept-Language", "fr"))
			.andExpect(content().string(containsString("Villes membres")))
			.andExpect(content().string(containsString(">Allemagne</td>")));
		mvc.perform(get("/cities").param("country", "MX").header("Accept-Language", "es"))
			.andExpect(content().string(containsString(">México</td>")));
	}

	@Test
	void aMalformedSlugIsAPageNotFoundAndCapitalsAreRedirected() throws Exception {
		mvc.perform(get("/cities/{slug}", "no such city!")).andExpect(status().isNotFound());
		mvc.perform(get("/cities/{slug}", "a".repeat(300))).andExpect(status().isNotFound());
		mvc.perform(get("/cities/{slug}", "atlantis")).andExpect(status().isNotFound());
		mvc.perform(get("/cities/Melton")).andExpect(redirectedUrl("/cities/melton"));
	}

	@Test
	void aProfileShowsTheSeedsFiguresItsAwardAndWhoReceivedIt() throws Exception {
		mvc.perform(get("/cities/ybycui"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h1 dir=\"auto\">Ybycuí</h1>")))
			.andExpect(content().string(containsString("23,094")))
			.andExpect(content().string(containsString("122")))
			.andExpect(content().string(containsString("(year not stated)")))
			.andExpect(content().string(containsString("28 September 2015")))
			.andExpect(content().string(containsString("href=\"/awards/2015\"")))
			.andExpect(content().string(containsString("received by María del Carmen Benítez Díaz, Mayor of Ybycuí")))
			.andExpect(content().string(containsString("Latin America and the Caribbean")))
			.andExpect(content().string(containsString("\"@type\":\"City\"")))
			// Only editors see who changed a profile.
			.andExpect(content().string(not(containsString("Recent changes"))));
	}

	@Test
	void aMemberWithoutARecordedDateSaysSoAndLinksBothItsAwards() throws Exception {
		mvc.perform(get("/cities/cork"))
			.andExpect(content().string(containsString("href=\"/awards/2015\"")))
			.andExpect(content().string(containsString("href=\"/awards/2024\"")));
		mvc.perform(get("/cities/bristol"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("date of joining not recorded")));
	}

	@Test
	void theProfileOfACityThatIsNotAMemberIsNotPublic() throws Exception {
		CityInfo applicant = cities.findOrRegister("Directory test Hidden", "KE");
		mvc.perform(get("/cities/{slug}", applicant.slug())).andExpect(status().isNotFound());
	}

	@Test
	void htmxSettingsAreInTheHeadWhereAMetaElementIsValid() throws Exception {
		String page = mvc.perform(get("/cities")).andReturn().getResponse().getContentAsString();
		assertThat(page).containsOnlyOnce("name=\"htmx-config\"");
		assertThat(page.indexOf("name=\"htmx-config\"")).isLessThan(page.indexOf("</head>"));
	}

}
