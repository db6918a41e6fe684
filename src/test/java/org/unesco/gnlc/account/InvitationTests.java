package org.unesco.gnlc.account;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/** UIL_ADMIN invites people; the invitee chooses a password through a single-use link. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "test", "demo" })
class InvitationTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	private AccountFixtures fixtures;

	private HttpBrowser admin;

	@BeforeEach
	void signInAsAdministrator() {
		fixtures = AccountFixtures.of(context);
		fixtures.clearThrottle();
		admin = new HttpBrowser(port);
		assertThat(admin.signIn("admin@demo.example", "learning-cities")).isEqualTo("/my");
	}

	@Test
	void anInvitedEndorserChoosesAPasswordInTheirLanguageAndSignsInForTheirCountry() {
		String email = AccountFixtures.uniqueEmail("endorser");
		HttpResponse<String> sent = invite(email, "NATCOM_ENDORSER", "MX", "es");
		assertThat(HttpBrowser.location(sent)).isEqualTo("/admin/invitations");
		assertThat(fixtures.status(email)).isEqualTo("INVITED");
		assertThat(admin.get("/admin/invitations").body()).contains(email);

		AccountFixtures.Queued mail = fixtures.lastMailTo(email);
		assertThat(mail.subject()).isEqualTo("Su invitación al portal GNLC");
		assertThat(mail.textBody()).contains("Demo UIL Administrator").contains("Comisión Nacional");
		HttpBrowser invitee = new HttpBrowser(port);
		String page = invitee.get(mail.linkPath()).body();
		// D22: the page a Spanish mail opens is in Spanish.
		assertThat(page).contains(email).contains("Avalista de la Comisión Nacional").contains("México");

		HttpResponse<String> weak = accept(invitee, mail.linkPath(), "Marisol Test", "qwertyuiop");
		assertThat(weak.body()).contains("Esta contraseña es demasiado común");
		assertThat(fixtures.status(email)).isEqualTo("INVITED");

		HttpResponse<String> accepted = accept(invitee, mail.linkPath(), "Marisol Test", AccountFixtures.PASSWORD);
		// D23: the password just chosen signs the person in.
		assertThat(HttpBrowser.location(accepted)).isEqualTo("/my");
		assertThat(fixtures.status(email)).isEqualTo("ACTIVE");
		assertThat(invitee.get("/my").body()).contains("Marisol Test").contains("México");
		assertThat(invitee.get(mail.linkPath()).statusCode()).isEqualTo(410);
		assertThat(fixtures.securityEvents(email)).containsSubsequence("INVITED", "INVITATION_ACCEPTED", "SIGN_IN");
	}

	@Test
	void anInvitedReviewerSetsUpTwoFactorSignInBeforeAnythingElse() {
		String email = AccountFixtures.uniqueEmail("reviewer");
		invite(email, "UIL_REVIEWER", "FR", "fr");
		assertThat(fixtures.lastMailTo(email).textBody()).contains("validation en deux étapes");
		HttpBrowser invitee = new HttpBrowser(port);
		HttpResponse<String> accepted = accept(invitee, fixtures.lastMailTo(email).linkPath(), "Claire Test",
				AccountFixtures.PASSWORD);
		assertThat(HttpBrowser.location(accepted)).isEqualTo("/account/two-factor");
		assertThat(invitee.get("/my").statusCode()).isNotEqualTo(200);
	}

	@Test
	void aFrenchInviteeSetsUpTwoStepVerificationInFrenchWhateverTheBrowserSpeaks() {
		String email = AccountFixtures.uniqueEmail("reviewer.fr");
		invite(email, "UIL_REVIEWER", "FR", "fr");
		HttpBrowser invitee = new HttpBrowser(port);
		String link = fixtures.lastMailTo(email).linkPath();
		assertThat(invitee.get(link).body()).contains("lang=\"fr\"");
		HttpResponse<String> accepted = accept(invitee, link, "Claire Test", AccountFixtures.PASSWORD, "fr");
		assertThat(HttpBrowser.location(accepted)).isEqualTo("/account/two-factor");
		String setUp = invitee.get("/account/two-factor").body();
		assertThat(setUp).contains("<html lang=\"fr\"").contains("deux étapes");
	}

	@Test
	void aKnownAddressAMissingCountryOrACityOfficialAreRefusedAndNothingIsCreated() {
		long before = jdbc.sql("select count(*) from account").query(Long.class).single();
		assertThat(invite("Jury@Demo.Example", "JURY_MEMBER", "KE", "en").body())
			.contains("An account already uses this e-mail address.");
		assertThat(invite(AccountFixtures.uniqueEmail("nocountry"), "NATCOM_ENDORSER", "", "en").body())
			.contains("Choose the country this person acts for.");
		assertThat(invite(AccountFixtures.uniqueEmail("juror"), "JURY_MEMBER", "", "en").body())
			.contains("Choose the country this person acts for.");
		assertThat(invite(AccountFixtures.uniqueEmail("official"), "CITY_OFFICIAL", "AU", "en").body())
			.contains("City officials register themselves");
		assertThat(jdbc.sql("select count(*) from account").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void aTamperedInvitationChangesNothingAndTheRoleAlwaysComesFromTheInvitation() {
		String email = AccountFixtures.uniqueEmail("juror");
		invite(email, "JURY_MEMBER", "KE", "en");
		String link = fixtures.lastMailTo(email).linkPath();
		String token = link.substring(link.indexOf("token=") + 6);
		String tampered = token.substring(0, 10) + (token.charAt(10) == 'x' ? 'y' : 'x') + token.substring(11);
		HttpBrowser invitee = new HttpBrowser(port);
		HttpResponse<String> refused = accept(invitee, "/invitation?token=" + tampered, "Juror",
				AccountFixtures.PASSWORD);
		assertThat(refused.statusCode()).isEqualTo(404);
		assertThat(refused.body()).contains("This link is not valid");
		assertThat(fixtures.status(email)).isEqualTo("INVITED");

		Map<String, String> form = new HashMap<>(Map.of("token", token, "fullName", "Juror", "password",
				AccountFixtures.PASSWORD, "passwordConfirmation", AccountFixtures.PASSWORD, "preferredLanguage", "en",
				"role", "UIL_ADMIN", "countryCode", "DE"));
		invitee.submit(link, "/invitation", form);
		assertThat(fixtures.person(email).role().name()).isEqualTo("JURY_MEMBER");
		assertThat(fixtures.person(email).countryCode()).isEqualTo("KE");
	}

	@Test
	void aResentInvitationReplacesTheOldLinkAndAWithdrawnOneStopsWorking() {
		String email = AccountFixtures.uniqueEmail("twice");
		invite(email, "JURY_MEMBER", "KE", "en");
		String first = fixtures.lastMailTo(email).linkPath();
		long id = fixtures.id(email);
		admin.submit("/admin/invitations", "/admin/invitations/" + id + "/resend", Map.of());
		String second = fixtures.lastMailTo(email).linkPath();
		assertThat(second).isNotEqualTo(first);
		HttpBrowser invitee = new HttpBrowser(port);
		assertThat(invitee.get(first).statusCode()).isEqualTo(410);
		assertThat(invitee.get(second).statusCode()).isEqualTo(200);

		admin.submit("/admin/invitations", "/admin/invitations/" + id + "/revoke", Map.of());
		assertThat(invitee.get(second).statusCode()).isEqualTo(404);
		assertThat(jdbc.sql("select count(*) from account where id = :id").param("id", id).query(Long.class).single())
			.isZero();
		assertThat(fixtures.securityEvents(email)).contains("INVITATION_REVOKED");
	}

	private HttpResponse<String> invite(String email, String role, String country, String language) {
		return admin.submit("/admin/invitations", "/admin/invitations", Map.of("email", email, "fullName",
				"Invited Person", "role", role, "countryCode", country, "preferredLanguage", language));
	}

	private static HttpResponse<String> accept(HttpBrowser invitee, String link, String name, String password) {
		return accept(invitee, link, name, password, "es");
	}

	private static HttpResponse<String> accept(HttpBrowser invitee, String link, String name, String password,
			String language) {
		String token = link.substring(link.indexOf("token=") + 6);
		return invitee.post("/invitation", Map.of("token", token, "fullName", name, "password", password,
				"passwordConfirmation", password, "preferredLanguage", language, "_csrf", invitee.csrfToken("/login")));
	}

}
