package org.unesco.gnlc.conference;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.unesco.gnlc.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A conference's sessions and the people in their roles are kept with clear messages, and
 * a person is recorded once whatever the accents of their name.
 */
@PortalTest
class ConferencePeopleTests extends ConferenceEditingSteps {

	@Test
	void sessionsAndPeopleInTheirRolesAreKeptWithClearMessages() throws Exception {
		int number = newConference();
		String sessionEdit = mvc
			.perform(post("/conferences/" + number + "/sessions/new").with(csrf())
				.with(reviewer())
				.param("type", "PLENARY")
				.param("number", "1")
				.param("title", "Learning and peace")
				.param("summary", "What cities learn from each other.")
				.param("cities", "melton, sorocaba")
				.param("version", "0"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long sessionId = Long.parseLong(sessionEdit.replaceAll(".*/sessions/(\\d+)/edit", "$1"));

		String duplicate = form(post("/conferences/" + number + "/sessions/new").param("type", "PLENARY")
			.param("number", "1")
			.param("cities", "atlantis")
			.param("version", "0"));
		assertThat(Pages.text(duplicate)).contains("already has a session of this type with number 1",
				"There is no city profile at the address \"atlantis\"");

		String unknown = form(
				post("/conferences/" + number + "/roles/new").param("sessionId", String.valueOf(sessionId))
					.param("person", "Nobody Of That Name")
					.param("role", "MODERATOR")
					.param("version", "0"));
		assertThat(Pages.text(unknown)).contains("No one is recorded as \"Nobody Of That Name\"");

		String bureauInSession = form(
				post("/conferences/" + number + "/roles/new").param("sessionId", String.valueOf(sessionId))
					.param("person", "sampo-suihko")
					.param("role", "VICE_CHAIR")
					.param("version", "0"));
		assertThat(Pages.text(bureauInSession)).contains("This role belongs to the bureau");

		mvc.perform(post("/conferences/" + number + "/roles/new").with(csrf())
			.with(reviewer())
			.param("sessionId", String.valueOf(sessionId))
			.param("person", "Sampo Suihko")
			.param("role", "MODERATOR")
			.param("affiliation", "Deputy Mayor of Espoo")
			.param("city", "/cities/espoo")
			.param("contribution", "Opened the discussion.")
			.param("version", "0"))
			.andExpect(redirectedUrl("/conferences/" + number + "/sessions/" + sessionId + "/edit#roles"));
		String again = form(post("/conferences/" + number + "/roles/new").param("sessionId", String.valueOf(sessionId))
			.param("person", "sampo-suihko")
			.param("role", "MODERATOR")
			.param("version", "0"));
		assertThat(Pages.text(again)).contains("Sampo Suihko already holds this role here.");

		String session = Pages.text(Pages.element(page("/conferences/" + number, null), "session-" + sessionId));
		assertThat(session).contains("Plenary Session 1: Learning and peace",
				"Moderator Mr Sampo Suihko, Deputy Mayor of Espoo · for Espoo",
				"Cities in this session: Melton, Sorocaba");
		assertThat(Pages.text(page("/people/sampo-suihko", null)))
			.contains("Moderator — Plenary Session 1: Learning and peace");
		assertThat(Pages.text(page("/people/sampo-suihko/edit", reviewer()))).contains("Added · role",
				"Sampo Suihko · MODERATOR");
	}

	@Test
	void aPersonIsRecordedOnceWhateverTheAccents() throws Exception {
		long before = people();
		String refused = form(post("/people/new").param("name", "Maria del Carmen Benitez Diaz").param("version", "0"));
		assertThat(Pages.text(refused))
			.contains("A person is already recorded at /people/maria-del-carmen-benitez-diaz");
		assertThat(people()).isEqualTo(before);

		String name = "Test Person " + UUID.randomUUID().toString().substring(0, 8);
		mvc.perform(post("/people/new").with(csrf())
			.with(reviewer())
			.param("name", name)
			.param("honorific", "Dr")
			.param("description", "Researcher")
			.param("version", "0")).andExpect(redirectedUrlPattern("/people/test-person-*"));
		assertThat(people()).isEqualTo(before + 1);
	}

}
