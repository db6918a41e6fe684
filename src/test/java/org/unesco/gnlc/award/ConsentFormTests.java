package org.unesco.gnlc.award;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.unesco.gnlc.PortalTest;
import org.unesco.gnlc.city.CityInfo;
import org.unesco.gnlc.shared.security.PortalUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.unesco.gnlc.award.AwardApplicationSupport.as;
import static org.unesco.gnlc.award.AwardApplicationSupport.endorserOf;
import static org.unesco.gnlc.award.AwardApplicationSupport.officialOf;

/**
 * The blank Consent Form the check page asks for: a PDF in English, French or Spanish
 * with the city, its country and the cycle filled in, offered on the check page and with
 * the city's files; for the city's own officials only.
 */
@PortalTest
class ConsentFormTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AwardFixtures fixtures;

	@Test
	void theCheckPageOffersTheBlankConsentFormInEnglishFrenchAndSpanish() throws Exception {
		AwardCycle cycle = fixtures.cycle(CycleState.OPEN);
		CityInfo city = fixtures.memberCity("MX");
		long id = fixtures.application(cycle, city, ApplicationState.DRAFT).id();
		String base = "/award/applications/" + id + "/consent-form/";

		mvc.perform(get("/award/applications/" + id + "/check").with(as(officialOf(city))))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("href=\"" + base + "en.pdf\" lang=\"en\" hreflang=\"en\">English</a>")))
			.andExpect(content()
				.string(containsString("href=\"" + base + "fr.pdf\" lang=\"fr\" hreflang=\"fr\">Français</a>")))
			.andExpect(content()
				.string(containsString("href=\"" + base + "es.pdf\" lang=\"es\" hreflang=\"es\">Español</a>")));
	}

	@Test
	void theFormIsInTheChosenLanguageWithTheCityAndTheCycleFilledIn() throws Exception {
		AwardCycle cycle = fixtures.cycle(CycleState.OPEN);
		CityInfo city = fixtures.memberCity("MX");
		PortalUser official = officialOf(city);
		long id = fixtures.application(cycle, city, ApplicationState.DRAFT).id();

		assertThat(text(id, "en", official)).contains("Consent Form for use and distribution of materials")
			.contains(city.name() + ", Mexico")
			.contains("Test Award " + cycle.year());
		assertThat(text(id, "fr", official)).contains("Formulaire de consentement pour l'utilisation")
			.contains(city.name() + ", Mexique")
			.contains("Prix test " + cycle.year());
		assertThat(text(id, "es", official)).contains("Formulario de consentimiento para el uso")
			.contains(city.name() + ", México")
			.contains("Premio de prueba " + cycle.year());
	}

	@Test
	void aLanguageThePortalDoesNotOfferIsNotFound() throws Exception {
		AwardCycle cycle = fixtures.cycle(CycleState.OPEN);
		CityInfo city = fixtures.memberCity("MX");
		long id = fixtures.application(cycle, city, ApplicationState.DRAFT).id();

		mvc.perform(get("/award/applications/" + id + "/consent-form/de.pdf").with(as(officialOf(city))))
			.andExpect(status().isNotFound());
	}

	@Test
	void anOfficialOfAnotherCityAndTheNationalCommissionCannotDownloadTheCitysForm() throws Exception {
		AwardCycle cycle = fixtures.cycle(CycleState.OPEN);
		CityInfo city = fixtures.memberCity("MX");
		long id = fixtures.application(cycle, city, ApplicationState.SUBMITTED).id();

		mvc.perform(get("/award/applications/" + id + "/consent-form/en.pdf")
			.with(as(officialOf(fixtures.memberCity("MX"))))).andExpect(status().isForbidden());
		mvc.perform(get("/award/applications/" + id + "/consent-form/en.pdf").with(endorserOf("MX")))
			.andExpect(status().isForbidden());
	}

	@Test
	void theCitysFilesOfferTheBlankFormAfterSubmissionToo() throws Exception {
		AwardCycle cycle = fixtures.cycle(CycleState.OPEN);
		CityInfo city = fixtures.memberCity("MX");
		long id = fixtures.application(cycle, city, ApplicationState.SUBMITTED).id();

		mvc.perform(get("/award/applications/" + id).with(as(officialOf(city))))
			.andExpect(content().string(containsString("/award/applications/" + id + "/consent-form/fr.pdf")));
	}

	private String text(long id, String language, PortalUser official) throws Exception {
		MockHttpServletResponse response = mvc
			.perform(get("/award/applications/" + id + "/consent-form/" + language + ".pdf").with(as(official)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(response.getContentType()).isEqualTo("application/pdf");
		assertThat(response.getHeader("Content-Disposition")).contains("consent-form-" + language + ".pdf");
		try (PDDocument pdf = Loader.loadPDF(response.getContentAsByteArray())) {
			return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
		}
	}

}
