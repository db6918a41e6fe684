package org.unesco.gnlc.conference;

import java.io.ByteArrayOutputStream;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.util.LinkedMultiValueMap;
import org.unesco.gnlc.DemoUsers;
import org.unesco.gnlc.shared.security.Role;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the tests of the conference records share. Each test works on a conference of its
 * own (numbers from 500 up), never on the seeded ones.
 */
abstract class ConferenceEditingSteps {

	static final AtomicInteger NEXT_NUMBER = new AtomicInteger(500 + (int) (Math.random() * 300));

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ConferenceEditor editor;

	int newConference() throws Exception {
		int number = NEXT_NUMBER.getAndIncrement();
		mvc.perform(post("/conferences/new").with(csrf())
			.with(reviewer())
			.params(conferenceParams(number, "Learning for tomorrow", "0")))
			.andExpect(redirectedUrl("/conferences/" + number + "/manage"));
		return number;
	}

	static LinkedMultiValueMap<String, String> conferenceParams(int number, String theme, String version) {
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

	long addAgendaItem(int number, String day, String start, String end, String venue, String title) throws Exception {
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

	int agendaCount(int number) {
		return jdbc
			.sql("select count(*) from conference_agenda_item a join conference c on c.id = a.conference_id "
					+ "where c.ordinal = :number")
			.param("number", number)
			.query(Integer.class)
			.single();
	}

	String order(int number) throws Exception {
		return Pages.text(Pages.element(page("/conferences/" + number, null), "agenda"));
	}

	boolean conferenceExists(int number) {
		return jdbc.sql("select count(*) from conference where ordinal = :number")
			.param("number", number)
			.query(Integer.class)
			.single() > 0;
	}

	long people() {
		return jdbc.sql("select count(*) from conference_person").query(Long.class).single();
	}

	String form(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(csrf()).with(reviewer()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	String page(String path, RequestPostProcessor user) throws Exception {
		var request = get(path);
		if (user != null) {
			request.with(user);
		}
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	static RequestPostProcessor reviewer() {
		return DemoUsers.signedInAs(Role.UIL_REVIEWER);
	}

	static RequestPostProcessor admin() {
		return DemoUsers.signedInAs(Role.UIL_ADMIN);
	}

	static byte[] wordDocument() throws Exception {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.createParagraph().createRun().setText("Guide to action");
			document.write(out);
			return out.toByteArray();
		}
	}

}
