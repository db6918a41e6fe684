package org.unesco.gnlc.conference;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.security.access.AccessDeniedException;
import org.unesco.gnlc.DemoUsers;
import org.unesco.gnlc.PortalTest;
import org.unesco.gnlc.shared.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The UIL Secretariat records a conference and corrects its facts through the forms;
 * every change is in the history with who made it, a stale edit overwrites nothing, bad
 * input is explained on its form, and no one else can edit.
 */
@PortalTest
class ConferenceRecordTests extends ConferenceEditingSteps {

	@Test
	void aReviewerRecordsAConferenceAndTheHistoryKeepsWhoAndWhen() throws Exception {
		int number = newConference();
		String manage = page("/conferences/" + number + "/manage", reviewer());
		assertThat(Pages.text(manage)).contains("Test reviewer", "Added · conference");
		String history = Pages.text(page("/conferences/" + number + "/history", reviewer()));
		assertThat(history).contains("Host city: Testville", "Time zone: Europe/Berlin");
		assertThat(Pages.text(page("/conferences/" + number, null))).contains("Testville", "10–12 May 2031");
	}

	@Test
	void anAdministratorCorrectsTheFactsAndTheHistoryShowsBeforeAndAfter() throws Exception {
		int number = newConference();
		mvc.perform(post("/conferences/" + number + "/edit").with(csrf())
			.with(admin())
			.params(conferenceParams(number, "Learning for peace", "0")))
			.andExpect(redirectedUrl("/conferences/" + number + "/manage"));
		String history = Pages.text(page("/conferences/" + number + "/history", admin()));
		assertThat(history).contains("Test admin", "Changed · conference",
				"Theme: Learning for tomorrow → Learning for peace");
	}

	@Test
	void aStaleEditIsRefusedWithAConflictAndNothingIsOverwritten() throws Exception {
		int number = newConference();
		mvc.perform(post("/conferences/" + number + "/edit").with(csrf())
			.with(reviewer())
			.params(conferenceParams(number, "First change", "0"))).andExpect(status().is3xxRedirection());
		mvc.perform(post("/conferences/" + number + "/edit").with(csrf())
			.with(admin())
			.params(conferenceParams(number, "Second change from an old page", "0"))).andExpect(status().isConflict());
		assertThat(Pages.text(page("/conferences/" + number, null))).contains("First change")
			.doesNotContain("Second change");
	}

	@Test
	void aConferenceNumberIsRecordedOnceAndDatesMustMakeSense() throws Exception {
		int number = newConference();
		String form = mvc.perform(
				post("/conferences/new").with(csrf()).with(reviewer()).params(conferenceParams(number, "Again", "0")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Pages.text(form)).contains("There is a problem",
				"Conference number " + number + " is already recorded");

		int other = NEXT_NUMBER.getAndIncrement();
		var params = conferenceParams(other, "Odd dates", "0");
		params.set("endsOn", "2031-05-01");
		params.set("timeZone", "Mars/Olympus_Mons");
		String odd = mvc.perform(post("/conferences/new").with(csrf()).with(reviewer()).params(params))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Pages.text(odd)).contains("The last day cannot be before the first day.",
				"Enter a time zone such as America/Mexico_City");
		assertThat(conferenceExists(other)).isFalse();
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "CITY_OFFICIAL", "NATCOM_ENDORSER", "JURY_MEMBER" })
	void onlyTheSecretariatEditsAndOthersChangeNothing(Role role) throws Exception {
		int number = newConference();
		int before = agendaCount(number);
		mvc.perform(post("/conferences/" + number + "/agenda/new").with(csrf())
			.with(DemoUsers.signedInAs(role))
			.param("day", "2031-05-10")
			.param("title", "Intruder")
			.param("version", "0")).andExpect(status().isForbidden());
		mvc.perform(post("/conferences/" + number + "/agenda/new").with(csrf())
			.param("day", "2031-05-10")
			.param("title", "Intruder")
			.param("version", "0")).andExpect(redirectedUrl("/login"));
		assertThat(agendaCount(number)).isEqualTo(before);
		assertThatThrownBy(() -> editor.addAgendaItem(number,
				new AgendaItemForm(LocalDate.of(2031, 5, 10), null, null, null, "Intruder", 0), DemoUsers.person(role)))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(agendaCount(number)).isEqualTo(before);
	}

}
