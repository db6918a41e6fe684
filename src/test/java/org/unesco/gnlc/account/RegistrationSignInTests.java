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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * D23: a registrant who confirms their address in the browser that registered is signed
 * in without typing the password again; in any other browser the link confirms the
 * address and the sign-in page asks for the password with the address filled in; a used
 * link signs nobody in.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "test", "demo" })
class RegistrationSignInTests {

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
	void theBrowserThatRegisteredIsSignedInByTheLink() {
		HttpBrowser browser = new HttpBrowser(port);
		String email = register(browser, "same");
		HttpResponse<String> confirmed = confirm(browser, email);
		assertThat(HttpBrowser.location(confirmed)).isEqualTo("/my");
		assertThat(browser.get("/my").body()).contains("Ana Test");
		assertThat(fixtures.securityEvents(email)).containsSubsequence("REGISTERED", "EMAIL_VERIFIED", "SIGN_IN");
	}

	@Test
	void anotherBrowserConfirmsTheAddressAndIsAskedForThePasswordWithTheAddressFilledIn() {
		String email = register(new HttpBrowser(port), "other");
		HttpBrowser other = new HttpBrowser(port);
		HttpResponse<String> confirmed = confirm(other, email);
		assertThat(HttpBrowser.location(confirmed)).isEqualTo("/login");
		assertThat(fixtures.status(email)).isEqualTo("ACTIVE");
		assertThat(other.get("/login").body()).contains("value=\"" + email + "\"");
		assertThat(other.get("/my").statusCode()).isNotEqualTo(200);
		assertThat(other.signIn(email, AccountFixtures.PASSWORD)).startsWith("/my");
	}

	@Test
	void aUsedLinkSignsNobodyInNotEvenTheBrowserThatRegistered() {
		HttpBrowser browser = new HttpBrowser(port);
		String email = register(browser, "used");
		String link = fixtures.lastMailTo(email).linkPath();
		assertThat(HttpBrowser.location(confirm(new HttpBrowser(port), email))).isEqualTo("/login");
		HttpResponse<String> again = browser.post("/register/verify",
				Map.of("token", token(link), "_csrf", browser.csrfToken("/login")));
		assertThat(again.statusCode()).isEqualTo(410);
		assertThat(browser.get("/my").statusCode()).isNotEqualTo(200);
	}

	private String register(HttpBrowser browser, String who) {
		String email = AccountFixtures.uniqueEmail(who);
		HttpResponse<String> registered = browser.submit("/register?country=KE", "/register",
				Map.of("fullName", "Ana Test", "email", email, "password", AccountFixtures.PASSWORD,
						"passwordConfirmation", AccountFixtures.PASSWORD, "countryCode", "KE", "cityName",
						AccountFixtures.uniqueName("Signton"), "preferredLanguage", "en"));
		assertThat(HttpBrowser.location(registered)).isEqualTo("/register/check-email");
		return email;
	}

	private HttpResponse<String> confirm(HttpBrowser browser, String email) {
		String link = fixtures.lastMailTo(email).linkPath();
		return browser.submit(link, "/register/verify", Map.of("token", token(link)));
	}

	private static String token(String link) {
		return link.substring(link.indexOf("token=") + "token=".length());
	}

}
