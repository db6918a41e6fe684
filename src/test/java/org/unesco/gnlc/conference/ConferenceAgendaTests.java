package org.unesco.gnlc.conference;

import org.junit.jupiter.api.Test;
import org.unesco.gnlc.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A conference's agenda: items that overlap in a venue are refused with a clear message,
 * items move up and down by buttons, and an item with a time finds its place in the day.
 */
@PortalTest
class ConferenceAgendaTests extends ConferenceEditingSteps {

	@Test
	void overlappingAgendaTimesInTheSameVenueAreRefusedWithAClearMessage() throws Exception {
		int number = newConference();
		addAgendaItem(number, "2031-05-10", "09:00", "10:30", "Hall A", "Opening");
		int before = agendaCount(number);

		String refused = mvc
			.perform(post("/conferences/" + number + "/agenda/new").with(csrf())
				.with(reviewer())
				.param("day", "2031-05-10")
				.param("startsAt", "10:00")
				.param("endsAt", "11:00")
				.param("venue", "hall a ")
				.param("title", "Plenary")
				.param("version", "0"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Pages.text(refused))
			.contains("The venue is already taken at that time by \"Opening\" (Hall A, 09:00–10:30)");
		assertThat(agendaCount(number)).isEqualTo(before);

		addAgendaItem(number, "2031-05-10", "10:30", "11:00", "Hall A", "Right after");
		addAgendaItem(number, "2031-05-10", "10:00", "11:00", "Hall B", "Elsewhere at the same time");
		assertThat(agendaCount(number)).isEqualTo(before + 2);
	}

	@Test
	void agendaItemsAreReorderedWithUpAndDownButtons() throws Exception {
		int number = newConference();
		long first = addAgendaItem(number, "2031-05-11", "", "", "", "Registration");
		long second = addAgendaItem(number, "2031-05-11", "", "", "", "Welcome coffee");
		assertThat(order(number)).containsSubsequence("Registration", "Welcome coffee");

		mvc.perform(post("/conferences/" + number + "/agenda/" + second + "/move").with(csrf())
			.with(reviewer())
			.param("direction", "up"))
			.andExpect(redirectedUrl("/conferences/" + number + "/manage#agenda-item-" + second));
		assertThat(order(number)).containsSubsequence("Welcome coffee", "Registration");
		assertThat(Pages.text(page("/conferences/" + number + "/history", reviewer())))
			.contains("Moved up · agenda item");

		mvc.perform(post("/conferences/" + number + "/agenda/" + second + "/move").with(csrf())
			.with(reviewer())
			.param("direction", "down"));
		assertThat(order(number)).containsSubsequence("Registration", "Welcome coffee");
		assertThat(first).isNotEqualTo(second);
	}

	@Test
	void anItemWithATimeFindsItsPlaceInTheDay() throws Exception {
		int number = newConference();
		addAgendaItem(number, "2031-05-10", "14:00", "15:00", "Hall A", "Afternoon");
		addAgendaItem(number, "2031-05-10", "09:00", "10:00", "Hall A", "Morning");
		assertThat(order(number)).containsSubsequence("Morning", "Afternoon");
	}

}
