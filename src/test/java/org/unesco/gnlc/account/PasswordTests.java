package org.unesco.gnlc.account;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.unesco.gnlc.shared.security.Role;

import static org.assertj.core.api.Assertions.assertThat;

/** Forgotten and changed passwords, over real HTTP with sessions in PostgreSQL. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "test", "demo" })
class PasswordTests {

	static final String NEW_PASSWORD = "seven bridges over the Tagus at dawn";

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	private AccountFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = AccountFixtures.of(context);
		fixtures.clearThrottle();
	}

	@Test
	void aResetIsAnsweredTheSameWayWhetherOrNotTheAddressIsKnown() {
		String known = AccountFixtures.uniqueEmail("known");
		fixtures.account(known, Role.JURY_MEMBER, null, "KE");
		String unknown = AccountFixtures.uniqueEmail("unknown");
		HttpBrowser browser = new HttpBrowser(port);
		HttpResponse<String> forKnown = browser.submit("/password/forgot", "/password/forgot", Map.of("email", known));
		String knownPage = browser.get("/password/forgot?sent").body().replace(known, "ADDRESS");
		HttpResponse<String> forUnknown = browser.submit("/password/forgot", "/password/forgot",
				Map.of("email", unknown));
		String unknownPage = browser.get("/password/forgot?sent").body().replace(unknown, "ADDRESS");
		assertThat(forKnown.statusCode()).isEqualTo(forUnknown.statusCode()).isEqualTo(302);
		assertThat(HttpBrowser.location(forKnown)).isEqualTo(HttpBrowser.location(forUnknown))
			.isEqualTo("/password/forgot?sent");
		assertThat(mainOf(knownPage)).isEqualTo(mainOf(unknownPage))
			.contains("If an account uses ADDRESS, we have sent a link to it.");
		assertThat(fixtures.mailsTo(known)).hasSize(1);
		assertThat(fixtures.mailsTo(unknown)).isEmpty();
	}

	@Test
	void aResetLinkSetsANewPasswordOnceAndEndsEverySessionOfThePerson() {
		String email = AccountFixtures.uniqueEmail("reset");
		fixtures.account(email, Role.NATCOM_ENDORSER, null, "MX");
		HttpBrowser office = new HttpBrowser(port);
		assertThat(office.signIn(email, AccountFixtures.PASSWORD)).isEqualTo("/my");

		HttpBrowser home = new HttpBrowser(port);
		home.submit("/password/forgot", "/password/forgot", Map.of("email", email));
		AccountFixtures.Queued mail = fixtures.lastMailTo(email);
		assertThat(mail.subject()).isEqualTo("Reset your password for the GNLC Portal");
		assertThat(mail.textBody()).contains("60 minutes");
		String link = mail.linkPath();
		String token = link.substring(link.indexOf("token=") + 6);

		assertThat(home.get(link).body()).contains("Choose a new password");
		HttpResponse<String> weak = home.submit(link, "/password/reset",
				Map.of("token", token, "password", "iloveyou", "passwordConfirmation", "iloveyou"));
		assertThat(weak.statusCode()).isEqualTo(200);
		assertThat(weak.body()).contains("This password is too common");
		assertThat(home.signIn(email, AccountFixtures.PASSWORD)).as("nothing changed").isEqualTo("/my");

		HttpResponse<String> reset = home.submit(link, "/password/reset",
				Map.of("token", token, "password", NEW_PASSWORD, "passwordConfirmation", NEW_PASSWORD));
		assertThat(HttpBrowser.location(reset)).isEqualTo("/login");
		assertThat(HttpBrowser.location(office.get("/my"))).as("the other session ended").isEqualTo("/login");
		assertThat(new HttpBrowser(port).signIn(email, AccountFixtures.PASSWORD)).isEqualTo("/login?error");
		assertThat(new HttpBrowser(port).signIn(email, NEW_PASSWORD)).isEqualTo("/my");
		assertThat(home.get(link).statusCode()).as("the link works once").isEqualTo(410);
		assertThat(fixtures.lastMailTo(email).subject()).isEqualTo("Your password for the GNLC Portal was reset");
		assertThat(fixtures.securityEvents(email)).containsSubsequence("PASSWORD_RESET_REQUESTED", "PASSWORD_RESET");
	}

	@Test
	void anExpiredResetLinkIsExplainedAndChangesNothing() {
		String email = AccountFixtures.uniqueEmail("expired");
		fixtures.account(email, Role.JURY_MEMBER, null, "BR");
		HttpBrowser browser = new HttpBrowser(port);
		browser.submit("/password/forgot", "/password/forgot", Map.of("email", email));
		String link = fixtures.lastMailTo(email).linkPath();
		fixtures.expireTokensOf(email);
		HttpResponse<String> page = browser.get(link);
		assertThat(page.statusCode()).isEqualTo(410);
		assertThat(page.body()).contains("This link has expired").contains("Get a new link to reset your password");
		HttpResponse<String> attempt = browser.post("/password/reset",
				Map.of("token", link.substring(link.indexOf("token=") + 6), "password", NEW_PASSWORD,
						"passwordConfirmation", NEW_PASSWORD, "_csrf", browser.csrfToken("/password/forgot")));
		assertThat(attempt.statusCode()).isEqualTo(410);
		assertThat(new HttpBrowser(port).signIn(email, AccountFixtures.PASSWORD)).isEqualTo("/my");
	}

	@Test
	void aSignedInPersonChangesTheirPasswordWithTheCurrentOneAndTheirOtherSessionsEnd() {
		String email = AccountFixtures.uniqueEmail("change");
		fixtures.account(email, Role.JURY_MEMBER, null, "KE");
		HttpBrowser laptop = new HttpBrowser(port);
		HttpBrowser phone = new HttpBrowser(port);
		laptop.signIn(email, AccountFixtures.PASSWORD);
		phone.signIn(email, AccountFixtures.PASSWORD);

		HttpResponse<String> wrong = laptop.submit("/account/password", "/account/password", Map.of("currentPassword",
				"not my password", "password", NEW_PASSWORD, "passwordConfirmation", NEW_PASSWORD));
		assertThat(wrong.body()).contains("The current password is not right.");

		HttpResponse<String> changed = laptop.submit("/account/password", "/account/password", Map.of("currentPassword",
				AccountFixtures.PASSWORD, "password", NEW_PASSWORD, "passwordConfirmation", NEW_PASSWORD));
		assertThat(HttpBrowser.location(changed)).isEqualTo("/profile");
		assertThat(laptop.get("/my").statusCode()).as("this session stays").isEqualTo(200);
		assertThat(HttpBrowser.location(phone.get("/my"))).as("the other one ends").isEqualTo("/login");
		assertThat(fixtures.lastMailTo(email).subject()).isEqualTo("Your password for the GNLC Portal was changed");
		assertThat(fixtures.securityEvents(email)).contains("PASSWORD_CHANGED");
	}

	@Test
	void resettingThePasswordOfAnUnconfirmedRegistrationAlsoConfirmsTheAddress() {
		String email = AccountFixtures.uniqueEmail("unconfirmed");
		HttpBrowser browser = new HttpBrowser(port);
		browser.submit("/register?country=GH", "/register",
				Map.of("fullName", "Kofi Test", "email", email, "password", AccountFixtures.PASSWORD,
						"passwordConfirmation", AccountFixtures.PASSWORD, "countryCode", "GH", "cityName",
						AccountFixtures.uniqueName("Coastal"), "preferredLanguage", "en"));
		assertThat(fixtures.status(email)).isEqualTo("UNVERIFIED");
		browser.submit("/password/forgot", "/password/forgot", Map.of("email", email));
		String link = fixtures.lastMailTo(email).linkPath();
		browser.submit(link, "/password/reset", Map.of("token", link.substring(link.indexOf("token=") + 6), "password",
				NEW_PASSWORD, "passwordConfirmation", NEW_PASSWORD));
		assertThat(fixtures.status(email)).isEqualTo("ACTIVE");
	}

	static String mainOf(String page) {
		return page.substring(page.indexOf("<main"), page.indexOf("</main>"))
			.replaceAll("name=\"_csrf\" value=\"[^\"]+\"", "");
	}

}
