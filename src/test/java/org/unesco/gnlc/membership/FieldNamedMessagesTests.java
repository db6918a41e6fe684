package org.unesco.gnlc.membership;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.unesco.gnlc.PortalTest;
import org.unesco.gnlc.membership.MembershipFixtures.Applicant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * D10 and C10: a generic message (a whole number, a year, a missing answer, a telephone
 * number) names the field it is about, in the reader's language, at the field and in the
 * summary.
 */
@PortalTest
class FieldNamedMessagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MembershipFixtures fixtures;

	@Test
	void anInvalidPopulationAYearToComeAndAMissingAreaAreEachNamedInEnglish() throws Exception {
		Document page = profile("en", "population", "many", "populationYear", "2100", "areaKm2", "large", "gdpCityUsd",
				"");
		assertThat(error(page, "population")).contains("population as a whole number");
		assertThat(error(page, "populationYear"))
			.isEqualTo("Population – Year of the figure: the year cannot be after the current year.");
		assertThat(error(page, "areaKm2")).isEqualTo("Area (km²): enter a number, for example 12.5.");
		assertThat(error(page, "gdpCityUsd")).isEqualTo("GDP per capita of the city (USD): enter or choose a value.");
		assertThat(page.select(".error-summary a").eachText())
			.contains("Area (km²): enter a number, for example 12.5.");
	}

	@Test
	void theSameMessagesNameTheFieldInFrench() throws Exception {
		Document page = profile("fr", "population", "beaucoup", "populationYear", "2100", "areaKm2", "grande",
				"gdpCityUsd", "");
		assertThat(error(page, "population")).contains("la population en nombre entier");
		assertThat(error(page, "areaKm2")).startsWith("Superficie (km²)\u00a0: saisissez un nombre, par exemple 12");
		assertThat(error(page, "populationYear")).isEqualTo(
				"Population – Année de référence de la donnée\u00a0: l'année ne peut pas être postérieure à l'année en cours.");
		assertThat(error(page, "gdpCityUsd"))
			.isEqualTo("PIB par habitant de la ville (USD)\u00a0: saisissez ou choisissez une valeur.");
	}

	@Test
	void aTelephoneNumberWithLettersIsRefusedByTheOneRuleNamingTheField() throws Exception {
		Applicant city = fixtures.newCity("PE");
		String application = start(city);
		Document page = Jsoup.parse(mvc.perform(post(application + "/sections/contact").param("version", "0")
			.param("action", "draft")
			.param("contactPhone", "call the town hall")
			.with(city.official())
			.with(csrf())).andReturn().getResponse().getContentAsString());
		assertThat(error(page, "contactPhone")).startsWith("Telephone: enter a telephone number with digits");
	}

	private Document profile(String language, String... fields) throws Exception {
		Applicant city = fixtures.newCity("PE");
		String application = start(city);
		var request = post(application + "/sections/profile").param("version", "0")
			.param("action", "complete")
			.header("Accept-Language", language)
			.with(city.official())
			.with(csrf());
		for (int i = 0; i < fields.length; i += 2) {
			request.param(fields[i], fields[i + 1]);
		}
		return Jsoup.parse(mvc.perform(request).andReturn().getResponse().getContentAsString());
	}

	private String start(Applicant city) throws Exception {
		return mvc.perform(post("/membership/applications").with(city.official()).with(csrf()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
	}

	/** The message at the field, without the "Error:" that screen readers hear first. */
	private static String error(Document page, String field) {
		// wholeText keeps the no-break space French writes before a colon; text() would
		// not.
		String text = page.getElementById(field + "-error").wholeText().strip().replaceAll("\\s+", " ");
		return text.replaceFirst("^[^:]+:\\s", "");
	}

}
