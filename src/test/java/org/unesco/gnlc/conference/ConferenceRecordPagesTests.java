package org.unesco.gnlc.conference;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.unesco.gnlc.DemoUsers;
import org.unesco.gnlc.PortalTest;
import org.unesco.gnlc.shared.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** What a visitor learns from the record pages alone, answered through the pages. */
@PortalTest
class ConferenceRecordPagesTests {

	@Autowired
	MockMvc mvc;

	@Test
	void aVisitorLearnsWhoModeratedPlenarySession3InMexicoCityAndWhatItWasAbout() throws Exception {
		String list = page("/conferences");
		assertThat(Pages.text(list)).contains("2nd International Conference on Learning Cities", "Mexico City",
				"28–30 September 2015");

		String record = page("/conferences/2");
		String session = Pages.element(record, Pages.sessionId(record,
				"Plenary Session 3: Implementing the Key Features of Sustainable Learning Cities"));
		String text = Pages.text(session);
		assertThat(text).contains("Moderator Mr Walter Hirche, President of the Expert Committee on Education, "
				+ "German Commission for UNESCO");
		assertThat(text).contains("measure and evaluate their progress as learning cities")
			.contains("monitoring and evaluation");
		assertThat(text).contains("Tuesday 29 September 2015, 09:30–10:45 · Palacio de Minería");
		assertThat(text).contains("Keynote speakers", "Ms Cuizhu Zhang", "Ms Silvia Montoya", "Mr Peter Blunden",
				"Mr Martin Noack", "Mr Andreas Schleicher");
		assertThat(session).contains("href=\"/people/walter-hirche\"");
	}

	@Test
	void aVisitorLearnsInWhichSessionsSampoSuihkoSpoke() throws Exception {
		String person = page("/people/sampo-suihko");
		String roles = Pages.text(person);
		assertThat(roles).contains("Mr Sampo Suihko");
		assertThat(roles).contains(
				"Keynote speaker — Plenary Session 2: Strengthening Partnerships and Networks for Developing Sustainable Learning Cities");
		assertThat(roles).contains("Award recipient — UNESCO Learning City Award Ceremony");
		assertThat(roles).contains("Received the UNESCO Learning City Award 2015 for Espoo");
		String record = page("/conferences/2");
		String plenary2 = Pages.sessionId(record,
				"Plenary Session 2: Strengthening Partnerships and Networks for Developing Sustainable Learning Cities");
		assertThat(person).contains("href=\"/conferences/2#" + plenary2 + "\"");
	}

	@Test
	void theMayorOfSorocabaShowsHisMayorsForumTalkAndTheAwardHeReceivedForHisCity() throws Exception {
		String text = Pages.text(page("/people/antonio-carlos-pannunzio"));
		assertThat(text).contains("Keynote speaker — Mayors' Forum: Lifelong Learning for All is our Cities' Future")
			.contains("Award recipient — UNESCO Learning City Award Ceremony")
			.contains("Received the UNESCO Learning City Award 2015 for Sorocaba (Award 2015)");
		String html = page("/people/antonio-carlos-pannunzio");
		assertThat(html).contains("href=\"/cities/sorocaba\"").contains("href=\"/awards/2015\"");
	}

	@Test
	void theListShowsTheConferencesFromBeijing2013ToThePlannedSeventh() throws Exception {
		String text = Pages.text(page("/conferences"));
		assertThat(text).contains("1st International Conference on Learning Cities", "21–23 October 2013",
				"3rd International Conference on Learning Cities", "18–20 September 2017",
				"4th International Conference on Learning Cities", "Medellín", "1–3 October 2019",
				"5th International Conference on Learning Cities", "27–30 October 2021", "Hybrid",
				"6th International Conference on Learning Cities", "Jubail", "3–5 December 2024",
				"7th International Conference on Learning Cities", "Planned for 2027");
		assertThat(text.indexOf("1st International")).isLessThan(text.indexOf("2nd International"));
	}

	@Test
	void theRecordOfTheSecondConferenceHoldsItsAgendaBureauDocumentsAndAward() throws Exception {
		String record = page("/conferences/2");
		String agenda = Pages.text(Pages.element(record, "agenda"));
		assertThat(agenda).contains("Sunday 27 September 2015", "Arrival and registration",
				"09:30–10:45 Teatro de la Ciudad Opening Ceremony",
				"16:30–17:00 Palacio de Minería Adoption of the Mexico City Statement", "Wednesday 30 September 2015",
				"Study and cultural visits");
		assertThat(Pages.element(record, "agenda").split("<tr id=\"agenda-item-").length - 1).isEqualTo(22);

		String bureau = Pages.text(Pages.element(record, "bureau"));
		assertThat(bureau).contains("Chair Mr Miguel Ángel Mancera Espinosa", "Vice-Chairs",
				"Mr Freddy Mbonimpa (Africa)", "General Rapporteur Ms Sylvia Schmelkes", "Drafting Committee",
				"Chair Ms Sophie Ramsey", "Mr Luis María Scasso");

		String documents = Pages.element(record, "documents");
		String statement = Pages.text(documents);
		assertThat(statement).contains("Mexico City Statement on Sustainable Learning Cities",
				"adopted on 29 September 2015", "Strategic directions", "Calls to action",
				"Guidelines for Building Learning Cities", "Areas of action", "Planning", "Funding",
				"3 x 3 x 3 x 3 Youth Statement on Learning Cities");

		String award = Pages.element(record, "award");
		assertThat(award).contains("href=\"/awards/2015\"");
		for (String city : new String[] { "melton", "sorocaba", "beijing", "bahir-dar", "espoo", "cork", "amman",
				"mexico-city", "ybycui", "balanga", "namyangju", "swansea" }) {
			assertThat(award).contains("href=\"/cities/" + city + "\"");
		}
		assertThat(Pages.text(award)).contains("Ms Jong-Sun Kim", "Mr Clive Lloyd");
	}

	@Test
	void theRecordReadsInFrenchAndSpanish() throws Exception {
		assertThat(Pages.text(page("/conferences/2?lang=fr"))).contains(
				"2e Conférence internationale sur les villes apprenantes",
				"Séance plénière 3\u00a0: Implementing the Key Features of Sustainable Learning Cities", "Modération",
				"28–30 septembre 2015");
		assertThat(Pages.text(page("/conferences/2?lang=es"))).contains(
				"2.ª Conferencia Internacional sobre Ciudades del Aprendizaje", "Sesión plenaria 3",
				"28–30 de septiembre de 2015");
	}

	@Test
	void everyPageOfTheRecordsHasAllItsTextsInEachLanguage() throws Exception {
		String[] visitorPages = { "/conferences", "/conferences/2", "/conferences/7", "/people", "/people/sampo-suihko",
				"/search?q=learning", "/search?q=zzzzqqq" };
		String[] secretariatPages = { "/conferences/2/manage", "/conferences/2/history", "/conferences/2/edit",
				"/conferences/new", "/conferences/2/agenda/new", "/conferences/2/agenda/2/edit",
				"/conferences/2/sessions/new", "/conferences/2/sessions/5/edit", "/conferences/2/roles/new?session=5",
				"/conferences/2/roles/1/edit", "/conferences/2/documents/new", "/conferences/2/documents/1/edit",
				"/conferences/2/documents/1/points/1/edit", "/people/new", "/people/sampo-suihko/edit" };
		for (String language : new String[] { "en", "fr", "es" }) {
			for (String path : visitorPages) {
				assertNoMissingText(mvc.perform(get(path).param("lang", language)), path, language);
			}
			for (String path : secretariatPages) {
				assertNoMissingText(
						mvc.perform(get(path).param("lang", language).with(DemoUsers.signedInAs(Role.UIL_ADMIN))), path,
						language);
			}
		}
	}

	private static void assertNoMissingText(ResultActions result, String path, String language) throws Exception {
		String html = result.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(html).as("%s in %s", path, language).doesNotContain("??").contains("lang=\"" + language + "\"");
	}

	@Test
	void unknownConferencesAndPeopleAnswerWithAClearPage() throws Exception {
		mvc.perform(get("/conferences/99")).andExpect(status().isNotFound());
		mvc.perform(get("/conferences/two")).andExpect(status().isBadRequest());
		mvc.perform(get("/conferences/99999999999")).andExpect(status().isBadRequest());
		mvc.perform(get("/people/no-one-of-that-name")).andExpect(status().isNotFound());
		mvc.perform(get("/conferences/2/attachments/999999")).andExpect(status().isNotFound());
		mvc.perform(get("/conferences/99/agenda.ics")).andExpect(status().isNotFound());
	}

	@Test
	void peopleAreListedByNameAndFilteredIgnoringAccents() throws Exception {
		String text = Pages.text(page("/people?q=benitez"));
		assertThat(text).contains("1 person", "Ms María del Carmen Benítez Díaz");
	}

	private String page(String path) throws Exception {
		return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

}
