package org.unesco.gnlc.conference;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.unesco.gnlc.PortalTest;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

/** A city's profile lists the conferences where it had a role, linked to the people. */
@PortalTest
class ConferenceRolesOnCityProfileTests {

	@Autowired
	MockMvc mvc;

	@Test
	void sorocabasProfileShowsItsMayorsForumTalkAndTheAwardReceivedForIt() throws Exception {
		mvc.perform(get("/cities/sorocaba"))
			.andExpect(content().string(containsString("At the International Conferences on Learning Cities")))
			.andExpect(content().string(containsString("Award recipient")))
			.andExpect(content().string(containsString("Mayors")))
			.andExpect(content().string(containsString("href=\"/people/")));
	}

	@Test
	void theSectionSpeaksTheReadersLanguage() throws Exception {
		mvc.perform(get("/cities/sorocaba").header("Accept-Language", "es"))
			.andExpect(content()
				.string(containsString("En las Conferencias Internacionales sobre Ciudades del Aprendizaje")));
	}

}
