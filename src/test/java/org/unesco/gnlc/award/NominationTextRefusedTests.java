package org.unesco.gnlc.award;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.Cookie;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.unesco.gnlc.PortalTest;
import org.unesco.gnlc.shared.security.PortalUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A nomination note or a reason not to nominate longer than the Award allows is refused,
 * and the text typed comes back in its field on the nominations page with the reason,
 * nothing decided; the fields say how long a text may be.
 */
@PortalTest
class NominationTextRefusedTests {

	static final String NOMINATIONS = "http://localhost/award/nominations";

	@Autowired
	MockMvc mvc;

	@Autowired
	AwardFixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aNoteTooLongIsRefusedAndComesBackInItsField() throws Exception {
		AwardApplication application = submittedIn("PE");
		String note = "Une ville qui apprend : " + "a".repeat(Nominations.MAX_TEXT);

		Document page = refusedThenShown(application, "/award/applications/{id}/nominate", "note", note);

		assertThat(page.getElementById("note-" + application.id()).val()).isEqualTo(note);
		assertThat(page.getElementById("reason-" + application.id()).val()).isEmpty();
		assertThat(page.getElementById("flash-error").text()).isEqualTo("Keep the text under 4,000 characters.");
		assertThat(stateOf(application)).isEqualTo("SUBMITTED");
	}

	@Test
	void aReasonTooLongIsRefusedAndComesBackInItsField() throws Exception {
		AwardApplication application = submittedIn("UY");
		String reason = "b".repeat(Nominations.MAX_TEXT + 1);

		Document page = refusedThenShown(application, "/award/applications/{id}/decline/check", "reason", reason);

		assertThat(page.getElementById("reason-" + application.id()).val()).isEqualTo(reason);
		assertThat(page.getElementById("note-" + application.id()).val()).isEmpty();
		assertThat(stateOf(application)).isEqualTo("SUBMITTED");
	}

	@Test
	void theFieldsSayHowLongATextMayBe() throws Exception {
		AwardApplication application = submittedIn("PY");

		Document page = Jsoup.parse(mvc.perform(get("/award/nominations").with(user(endorserOf(application))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));

		assertThat(page.getElementById("note-" + application.id()).attr("maxlength"))
			.isEqualTo(String.valueOf(Nominations.MAX_TEXT));
		assertThat(page.getElementById("reason-" + application.id()).attr("maxlength"))
			.isEqualTo(String.valueOf(Nominations.MAX_TEXT));
	}

	private AwardApplication submittedIn(String countryCode) {
		AwardCycle cycle = fixtures.cycle(CycleState.OPEN);
		return fixtures.application(cycle, fixtures.memberCity(countryCode), ApplicationState.SUBMITTED);
	}

	private static PortalUser endorserOf(AwardApplication application) {
		return NominationRulesTests.endorserOf(application.countryCode());
	}

	private Document refusedThenShown(AwardApplication application, String action, String field, String text)
			throws Exception {
		PortalUser endorser = endorserOf(application);
		MvcResult refused = mvc
			.perform(post(action, application.id()).param("candidate", String.valueOf(application.id()))
				.param(field, text)
				.header("Referer", NOMINATIONS)
				.with(user(endorser))
				.with(csrf()))
			.andExpect(redirectedUrl("/award/nominations"))
			.andReturn();
		Cookie session = refused.getResponse().getCookie("SESSION");
		assertThat(session).as("the session holding the text").isNotNull();
		return Jsoup.parse(mvc.perform(get("/award/nominations").with(user(endorser)).cookie(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

	private String stateOf(AwardApplication application) {
		return jdbc.sql("select state from award_application where id = ?")
			.params(application.id())
			.query(String.class)
			.single();
	}

}
