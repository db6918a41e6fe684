package org.unesco.gnlc.conference;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.util.LinkedMultiValueMap;
import org.unesco.gnlc.DemoUsers;
import org.unesco.gnlc.PortalTest;
import org.unesco.gnlc.shared.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The UIL Secretariat keeps the records through the forms; every change is in the history
 * with who made it; bad input is explained on its form and changes nothing; no one else
 * can edit. Each test works on a conference of its own (numbers from 500 up), never on
 * the seeded ones.
 */
@PortalTest
class ConferenceEditingTests {

	private static final AtomicInteger NEXT_NUMBER = new AtomicInteger(500 + (int) (Math.random() * 300));

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ConferenceEditor editor;

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

	@Test
	void documentsKeepOrderedPointsAndCheckedAttachments() throws Exception {
		int number = newConference();
		String address = mvc
			.perform(post("/conferences/" + number + "/documents/new").with(csrf())
				.with(reviewer())
				.param("type", "DECLARATION")
				.param("title", "Test Declaration on Learning")
				.param("adoptedOn", "2031-05-12")
				.param("summary", "A test.")
				.param("version", "0"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String documentPath = address.replace("/edit", "");
		for (String label : new String[] { "1", "2", "3" }) {
			mvc.perform(post(documentPath + "/points/new").with(csrf())
				.with(reviewer())
				.param("section", "Commitments")
				.param("label", label)
				.param("text", "Point number " + label)
				.param("version", "0")).andExpect(status().is3xxRedirection());
		}
		long third = jdbc
			.sql("select p.id from conference_document_point p join conference_document d on d.id = p.document_id "
					+ "where d.title = 'Test Declaration on Learning' and p.label = '3'")
			.query(Long.class)
			.single();
		mvc.perform(post(documentPath + "/points/" + third + "/move").with(csrf())
			.with(reviewer())
			.param("direction", "up"));
		String record = Pages.text(page("/conferences/" + number, null));
		assertThat(record).containsSubsequence("Point number 1", "Point number 3", "Point number 2");

		byte[] pdf = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
		mvc.perform(multipart(documentPath + "/attachments")
			.file(new MockMultipartFile("file", "..\\..\\Mexico\r\nStatement.PDF", "text/plain", pdf))
			.with(csrf())
			.with(reviewer())).andExpect(status().is3xxRedirection());
		String edit = page(address, reviewer());
		assertThat(Pages.text(edit)).contains("Mexico Statement.pdf");
		long attachment = jdbc
			.sql("select a.id from conference_attachment a join conference_document d on d.id = a.document_id "
					+ "where d.title = 'Test Declaration on Learning'")
			.query(Long.class)
			.single();
		MockHttpServletResponse download = mvc.perform(get("/conferences/" + number + "/attachments/" + attachment))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andReturn()
			.getResponse();
		assertThat(download.getHeader("Content-Disposition")).startsWith("attachment")
			.contains("Mexico Statement.pdf")
			.doesNotContain("\r")
			.doesNotContain("\n");
		assertThat(download.getContentAsByteArray()).isEqualTo(pdf);

		mvc.perform(multipart(documentPath + "/attachments")
			.file(new MockMultipartFile("file", "statement.pdf", "application/pdf",
					"<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)))
			.with(csrf())
			.with(reviewer()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("uploadProblem", "conference.error.fileType"));
		assertThat(jdbc
			.sql("select count(*) from conference_attachment a join conference_document d on d.id = a.document_id "
					+ "where d.title = 'Test Declaration on Learning'")
			.query(Long.class)
			.single()).isEqualTo(1);

		mvc.perform(multipart(documentPath + "/attachments")
			.file(new MockMultipartFile("file", "guide.docx", "application/octet-stream", wordDocument()))
			.with(csrf())
			.with(reviewer()));
		assertThat(Pages.text(page(address, reviewer()))).contains("guide.docx");

		mvc.perform(post(documentPath + "/delete").with(csrf()).with(reviewer()).param("version", "0"))
			.andExpect(redirectedUrl(address + "#delete"));
		assertThat(Pages.text(page("/conferences/" + number, null))).contains("Test Declaration on Learning");
		mvc.perform(post(documentPath + "/delete").with(csrf())
			.with(reviewer())
			.param("version", "0")
			.param("confirm", "true")).andExpect(redirectedUrl("/conferences/" + number + "/manage#documents"));
		assertThat(Pages.text(page("/conferences/" + number, null))).doesNotContain("Test Declaration on Learning");
		assertThat(Pages.text(page("/conferences/" + number + "/history", reviewer()))).contains("Uploaded · file",
				"Deleted · document");
	}

	// Helpers
	// ------------------------------------------------------------------------------------

	private int newConference() throws Exception {
		int number = NEXT_NUMBER.getAndIncrement();
		mvc.perform(post("/conferences/new").with(csrf())
			.with(reviewer())
			.params(conferenceParams(number, "Learning for tomorrow", "0")))
			.andExpect(redirectedUrl("/conferences/" + number + "/manage"));
		return number;
	}

	private static LinkedMultiValueMap<String, String> conferenceParams(int number, String theme, String version) {
		var params = new LinkedMultiValueMap<String, String>();
		params.add("number", String.valueOf(number));
		params.add("year", "2031");
		params.add("theme", theme);
		params.add("status", "HELD");
		params.add("format", "IN_PERSON");
		params.add("hostCityName", "Testville");
		params.add("hostCountryCode", "DE");
		params.add("startsOn", "2031-05-10");
		params.add("endsOn", "2031-05-12");
		params.add("timeZone", "Europe/Berlin");
		params.add("version", version);
		return params;
	}

	private long addAgendaItem(int number, String day, String start, String end, String venue, String title)
			throws Exception {
		String location = mvc
			.perform(post("/conferences/" + number + "/agenda/new").with(csrf())
				.with(reviewer())
				.param("day", day)
				.param("startsAt", start)
				.param("endsAt", end)
				.param("venue", venue)
				.param("title", title)
				.param("version", "0"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.parseLong(location.replaceAll(".*#agenda-item-", ""));
	}

	private int agendaCount(int number) {
		return jdbc
			.sql("select count(*) from conference_agenda_item a join conference c on c.id = a.conference_id "
					+ "where c.ordinal = :number")
			.param("number", number)
			.query(Integer.class)
			.single();
	}

	private String order(int number) throws Exception {
		return Pages.text(Pages.element(page("/conferences/" + number, null), "agenda"));
	}

	private boolean conferenceExists(int number) {
		return jdbc.sql("select count(*) from conference where ordinal = :number")
			.param("number", number)
			.query(Integer.class)
			.single() > 0;
	}

	private long people() {
		return jdbc.sql("select count(*) from conference_person").query(Long.class).single();
	}

	private String form(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(csrf()).with(reviewer()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private String page(String path, RequestPostProcessor user) throws Exception {
		var request = get(path);
		if (user != null) {
			request.with(user);
		}
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private static RequestPostProcessor reviewer() {
		return DemoUsers.signedInAs(Role.UIL_REVIEWER);
	}

	private static RequestPostProcessor admin() {
		return DemoUsers.signedInAs(Role.UIL_ADMIN);
	}

	private static byte[] wordDocument() throws Exception {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.createParagraph().createRun().setText("Guide to action");
			document.write(out);
			return out.toByteArray();
		}
	}

}
