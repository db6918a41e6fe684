package org.unesco.gnlc;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.unesco.gnlc.shared.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * D10 beyond the membership forms: the registration and the conference record name the
 * field a generic message is about, in English and in French. (Their empty or mistyped
 * fields have messages of their own, which already name the field.)
 */
@PortalTest
class FieldNamedMessagesInOtherFormsTests {

	@Autowired
	MockMvc mvc;

	@Test
	void aCityNameTooLongAtRegistrationNamesTheField() throws Exception {
		assertThat(error(page(registration("en")), "cityName"))
			.isEqualTo("Name of your city: enter between 0 and 160 characters.");
	}

	@Test
	void theSameRegistrationNamesTheFieldInFrench() throws Exception {
		assertThat(error(page(registration("fr")), "cityName"))
			.isEqualTo("Nom de votre ville\u00a0: saisissez entre 0 et 160 caractères.");
	}

	@Test
	void aConferenceThemeTooLongNamesTheThemeInEnglishAndFrench() throws Exception {
		assertThat(error(page(conference("en")), "theme")).isEqualTo("Theme: enter between 0 and 300 characters.");
		assertThat(error(page(conference("fr")), "theme"))
			.isEqualTo("Thème\u00a0: saisissez entre 0 et 300 caractères.");
	}

	private static MockHttpServletRequestBuilder registration(String language) {
		return post("/register").with(csrf())
			.header("Accept-Language", language)
			.param("fullName", "Ana Test")
			.param("email", "ana@example.org")
			.param("countryCode", "AU")
			.param("cityName", "x".repeat(161))
			.param("preferredLanguage", language);
	}

	private static MockHttpServletRequestBuilder conference(String language) {
		return post("/conferences/new").with(csrf())
			.with(DemoUsers.signedInAs(Role.UIL_REVIEWER))
			.header("Accept-Language", language)
			.param("number", "990")
			.param("year", "2031")
			.param("theme", "x".repeat(301))
			.param("status", "HELD")
			.param("timeZone", "Europe/Berlin")
			.param("version", "0");
	}

	private Document page(MockHttpServletRequestBuilder request) throws Exception {
		return Jsoup.parse(mvc.perform(request).andReturn().getResponse().getContentAsString());
	}

	/** The message at the field, without the "Error:" that screen readers hear first. */
	private static String error(Document page, String field) {
		// wholeText keeps the no-break space French writes before a colon.
		String text = page.getElementById(field + "-error").wholeText().strip().replaceAll("\\s+", " ");
		return text.replaceFirst("^[^:]+:\\s", "");
	}

}
