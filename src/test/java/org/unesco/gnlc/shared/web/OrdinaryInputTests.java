package org.unesco.gnlc.shared.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.unesco.gnlc.DemoUsers;
import org.unesco.gnlc.PortalTest;
import org.unesco.gnlc.account.AccountFixtures;
import org.unesco.gnlc.shared.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The ordinary inputs that answered 500 (issue 11, point 5), each now answered on its
 * page with a message: a section completed without its ratings, a NUL byte in a text, a
 * very long sign-in address, an unknown role, a list index no form has, a value of the
 * wrong type where the controller checks further, and page numbers no list has.
 */
@PortalTest
class OrdinaryInputTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	private AccountFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = AccountFixtures.of(context);
		fixtures.clearThrottle();
	}

	@Test
	void completingTheChallengesWithoutAnyRatingAsksForEachRating() throws Exception {
		String official = officialWithADraft();
		long id = draftOf(official);
		mvc.perform(post("/membership/applications/" + id + "/sections/challenges").with(csrf())
			.with(fixtures.signedIn(official))
			.param("version", "0")
			.param("action", "complete"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("error-summary")));
	}

	@Test
	void aNulByteInATextIsDroppedNotAServerError() throws Exception {
		String official = officialWithADraft();
		long id = draftOf(official);
		mvc.perform(post("/membership/applications/" + id + "/sections/motivation").with(csrf())
			.with(fixtures.signedIn(official))
			.param("version", "0")
			.param("action", "later")
			.param("motivation", "Learning\u0000 for all")).andExpect(redirectedUrl("/membership/applications/" + id));
		assertThat(jdbc
			.sql("select count(*) from membership_application where id = :id and motivation = 'Learning for all'")
			.param("id", id)
			.query(Integer.class)
			.single()).isOne();
	}

	@Test
	void aSignInAddressOfAnyLengthIsAWrongSignIn() throws Exception {
		mvc.perform(formLogin("/login").user("email", "a".repeat(400) + "@example.org").password("password", "x"))
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void anUnknownRoleOnAnInvitationIsExplainedAtTheField() throws Exception {
		mvc.perform(post("/admin/invitations").with(csrf())
			.with(DemoUsers.signedInAs(Role.UIL_ADMIN))
			.param("email", AccountFixtures.uniqueEmail("king"))
			.param("fullName", "A King")
			.param("role", "KING")
			.param("countryCode", "NOWHERE")
			.param("preferredLanguage", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("error-summary")));
	}

	@Test
	void aValueOfTheWrongTypeIsExplainedEvenWhereTheControllerChecksFurther() throws Exception {
		mvc.perform(post("/admin/award-cycles").with(csrf())
			.with(DemoUsers.signedInAs(Role.UIL_ADMIN))
			.param("year", "2024")
			.param("callOpensOn", "2026-02-30"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("error-summary")))
			.andExpect(content().string(containsString("Enter a date.")))
			.andExpect(content().string(containsString("2024")));
	}

	@Test
	void aListIndexNoFormHasIsNotUnderstood() throws Exception {
		mvc.perform(post("/award/review/1/scores").with(csrf())
			.with(DemoUsers.signedInAs(Role.UIL_REVIEWER))
			.param("entries[99999].score", "5")).andExpect(status().isBadRequest());
	}

	@Test
	void aPageNumberNoListHasShowsTheFirstPageAndSaysSo() throws Exception {
		mvc.perform(get("/admin/invitations").param("page", "2147483647").with(DemoUsers.signedInAs(Role.UIL_ADMIN)))
			.andExpect(redirectedUrl("/admin/invitations"))
			.andExpect(flash().attribute("error", "request.parameterIgnored"));
		mvc.perform(get("/conferences?page=abc&lang=fr"))
			.andExpect(redirectedUrl("/conferences?lang=fr"))
			.andExpect(flash().attribute("error", "request.parameterIgnored"));
		mvc.perform(get("/conferences").param("page", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("could not be understood"))));
	}

	private String officialWithADraft() throws Exception {
		long city = fixtures.newCity("FR");
		String email = AccountFixtures.uniqueEmail("input");
		fixtures.account(email, Role.CITY_OFFICIAL, city, "FR");
		mvc.perform(post("/membership/applications").with(csrf()).with(fixtures.signedIn(email)));
		return email;
	}

	private long draftOf(String official) {
		return jdbc.sql(
				"select a.id from membership_application a join account o on o.city_id = a.city_id where o.email = :email")
			.param("email", official)
			.query(Long.class)
			.single();
	}

}
