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
import org.springframework.jdbc.core.simple.JdbcClient;

/** A person's profile and preferred language, and what the dashboard offers each role. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "test", "demo" })
class ProfileAndDashboardTests {

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
	void thePreferredLanguageSetsTheInterfaceAtOnceAndAtEachSignInAndTheLanguageOfEmails() {
		String email = AccountFixtures.uniqueEmail("profile");
		long id = fixtures.account(email, Role.JURY_MEMBER, null, "KE");
		HttpBrowser browser = new HttpBrowser(port);
		browser.signIn(email, AccountFixtures.PASSWORD);
		HttpResponse<String> saved = browser.submit("/profile", "/profile",
				Map.of("fullName", "  Wanjiru Test ", "title", "Director of Lifelong Learning", "organisation",
						"Kenya National Commission", "phone", "+254 20 2229053", "preferredLanguage", "fr", "version",
						"0"));
		assertThat(HttpBrowser.location(saved)).isEqualTo("/profile");
		String page = browser.get("/profile").body();
		assertThat(page).contains("lang=\"fr\"")
			.contains("Votre profil a été enregistré.")
			.contains("value=\"Director of Lifelong Learning\"");
		assertThat(browser.get("/my").body()).as("the session knows the new name").contains("Bienvenue, Wanjiru Test");
		assertThat(new HttpBrowser(port).signIn(email, AccountFixtures.PASSWORD)).isEqualTo("/my");

		HttpBrowser fresh = new HttpBrowser(port);
		fresh.signIn(email, AccountFixtures.PASSWORD);
		assertThat(fresh.get("/my").body()).contains("lang=\"fr\"");
		fresh.submit("/password/forgot", "/password/forgot", Map.of("email", email));
		assertThat(fixtures.lastMailTo(email).subject())
			.isEqualTo("Réinitialisez votre mot de passe pour le portail GNLC");
		assertThat(fixtures.id(email)).isEqualTo(id);
	}

	@Test
	void aPersonWhoChoosesArabicGetsThePortalFromRightToLeftAndMailsInArabic() {
		String email = AccountFixtures.uniqueEmail("profile-ar");
		fixtures.account(email, Role.JURY_MEMBER, null, "JO");
		HttpBrowser browser = new HttpBrowser(port);
		browser.signIn(email, AccountFixtures.PASSWORD);
		assertThat(browser.get("/profile").body()).contains("<option value=\"ar\" lang=\"ar\"");
		HttpResponse<String> saved = browser.submit("/profile", "/profile",
				Map.of("fullName", "ليلى الأحمد", "preferredLanguage", "ar", "version", "0"));
		assertThat(HttpBrowser.location(saved)).isEqualTo("/profile");
		assertThat(browser.get("/profile").body()).contains("<html lang=\"ar\" dir=\"rtl\">")
			.contains("حُفظ ملفك الشخصي.");

		HttpBrowser fresh = new HttpBrowser(port);
		fresh.signIn(email, AccountFixtures.PASSWORD);
		assertThat(fresh.get("/my").body()).contains("<html lang=\"ar\" dir=\"rtl\">").contains("مرحبًا، ليلى الأحمد");
		fresh.submit("/password/forgot", "/password/forgot", Map.of("email", email));
		assertThat(fixtures.lastMailTo(email).subject())
			.isEqualTo("إعادة تعيين كلمة المرور لبوابة الشبكة العالمية لمدن التعلّم");
	}

	@Test
	void aProfileSavedOnAStalePageIsRefusedAndBadInputIsExplained() {
		String email = AccountFixtures.uniqueEmail("stale-profile");
		fixtures.account(email, Role.JURY_MEMBER, null, "KE");
		HttpBrowser browser = new HttpBrowser(port);
		browser.signIn(email, AccountFixtures.PASSWORD);
		HttpResponse<String> bad = browser.submit("/profile", "/profile",
				Map.of("fullName", "", "phone", "call me maybe", "preferredLanguage", "de", "version", "0"));
		assertThat(bad.statusCode()).isEqualTo(200);
		assertThat(bad.body()).contains("Enter your full name.")
			.contains("Telephone: enter a telephone number")
			.contains("Choose English, French, Spanish or Arabic.");
		browser.submit("/profile", "/profile", Map.of("fullName", "First", "preferredLanguage", "en", "version", "0"));
		HttpResponse<String> stale = browser.submit("/profile", "/profile",
				Map.of("fullName", "Second", "preferredLanguage", "en", "version", "0"));
		assertThat(stale.statusCode()).isEqualTo(409);
		assertThat(fixtures.person(email).fullName()).isEqualTo("First");
	}

	@Test
	void theAdministratorsDashboardLeadsToAccountsInvitationsOutboxAndSecurityLog() {
		HttpBrowser admin = new HttpBrowser(port);
		admin.signIn("admin@demo.example", "learning-cities");
		assertThat(admin.get("/my").body()).contains("href=\"/admin/accounts\"")
			.contains("href=\"/admin/invitations\"")
			.contains("href=\"/admin/outbox\"")
			.contains("href=\"/admin/security-log\"")
			.contains("href=\"/profile\"")
			.contains("href=\"/account/two-factor\"");
	}

	@Test
	void everyoneSDashboardLeadsToTheirProfileAndTwoStepVerificationButNotToAdministration() {
		String email = AccountFixtures.uniqueEmail("dashboard");
		fixtures.account(email, Role.NATCOM_ENDORSER, null, "MX");
		HttpBrowser endorser = new HttpBrowser(port);
		endorser.signIn(email, AccountFixtures.PASSWORD);
		assertThat(endorser.get("/my").body()).contains("href=\"/profile\"")
			.contains("href=\"/account/two-factor\"")
			.contains("href=\"/account/password\"")
			.doesNotContain("href=\"/admin/accounts\"")
			.doesNotContain("href=\"/admin/outbox\"");
	}

	@Test
	void aCityOfficialsDashboardCountsThePeopleAskingToJoinTheirCity() {
		long city = fixtures.newCity("PH");
		String first = AccountFixtures.uniqueEmail("first");
		fixtures.account(first, Role.CITY_OFFICIAL, city, "PH");
		String waiting = AccountFixtures.uniqueEmail("waiting");
		fixtures.account(waiting, Role.CITY_OFFICIAL, city, "PH");
		context.getBean(JdbcClient.class)
			.sql("update account set status = 'AWAITING_APPROVAL' where email = :email")
			.param("email", waiting)
			.update();
		HttpBrowser official = new HttpBrowser(port);
		official.signIn(first, AccountFixtures.PASSWORD);
		assertThat(official.get("/my").body()).contains("1 person asks to act for your city");
		assertThat(official.get("/city-officials").body()).contains(waiting);
	}

}
