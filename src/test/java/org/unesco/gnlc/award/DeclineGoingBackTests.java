package org.unesco.gnlc.award;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.Cookie;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
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
 * "No, back to the nominations" on the confirmation of a "do not nominate" keeps the
 * reason the National Commission typed: the nominations page shows it again in the city's
 * reason field, and nothing is decided. The way back is a button of the confirmation's
 * own form, so it needs no JavaScript.
 */
@PortalTest
class DeclineGoingBackTests {

	static final String REASON = "The plan is too recent to show results;\napply again next cycle.";

	@Autowired
	MockMvc mvc;

	@Autowired
	AwardFixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Test
	void goingBackFromTheConfirmationShowsTheReasonTypedAgainAndDecidesNothing() throws Exception {
		AwardCycle cycle = fixtures.cycle(CycleState.OPEN);
		AwardApplication application = fixtures.application(cycle, fixtures.memberCity("CL"),
				ApplicationState.SUBMITTED);
		PortalUser endorser = NominationRulesTests.endorserOf("CL");

		Document confirmation = Jsoup.parse(mvc
			.perform(post("/award/applications/{id}/decline/check", application.id()).param("reason", REASON)
				.with(user(endorser))
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		Element back = confirmation.getElementById("decline-back");
		assertThat(back).as("the way back").isNotNull();
		assertThat(back.text()).isEqualTo("No, back to the nominations");
		Element form = back.closest("form");
		assertThat(form.attr("method")).isEqualTo("post");
		assertThat(form.selectFirst("input[name=reason]").val()).isEqualTo(REASON.strip());
		assertThat(back.attr("formaction")).isEqualTo("/award/applications/" + application.id() + "/decline/back");

		MvcResult wentBack = mvc
			.perform(post(back.attr("formaction")).param("reason", REASON.strip()).with(user(endorser)).with(csrf()))
			.andExpect(redirectedUrl("/award/nominations#reason-" + application.id()))
			.andReturn();
		Cookie session = wentBack.getResponse().getCookie("SESSION");
		assertThat(session).as("the session holding the reason").isNotNull();
		Document nominations = Jsoup.parse(mvc.perform(get("/award/nominations").with(user(endorser)).cookie(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(nominations.getElementById("reason-" + application.id()).val()).isEqualTo(REASON.strip());
		assertThat(jdbc.sql("select state from award_application where id = ?")
			.params(application.id())
			.query(String.class)
			.single()).isEqualTo("SUBMITTED");

		// Opened afresh, the field is empty again.
		Document later = Jsoup.parse(mvc.perform(get("/award/nominations").with(user(endorser)).cookie(session))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(later.getElementById("reason-" + application.id()).val()).isEmpty();
	}

}
