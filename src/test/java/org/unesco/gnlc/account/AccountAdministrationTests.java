package org.unesco.gnlc.account;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.unesco.gnlc.shared.security.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * UIL_ADMIN finds accounts, changes roles and deactivates; every change is in the
 * security log.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "test", "demo" })
class AccountAdministrationTests {

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
		admin.signIn("admin@demo.example", "learning-cities");
	}

	@Test
	void deactivatingAnAccountEndsItsOpenSessionsAtOnceAndItCannotSignIn() {
		String email = AccountFixtures.uniqueEmail("leaving");
		long id = fixtures.account(email, Role.NATCOM_ENDORSER, null, "MX");
		HttpBrowser laptop = new HttpBrowser(port);
		HttpBrowser phone = new HttpBrowser(port);
		laptop.signIn(email, AccountFixtures.PASSWORD);
		phone.signIn(email, AccountFixtures.PASSWORD);
		assertThat(laptop.get("/my").statusCode()).isEqualTo(200);

		HttpResponse<String> done = admin.submit("/admin/accounts/" + id, "/admin/accounts/" + id + "/deactivate",
				Map.of());
		assertThat(HttpBrowser.location(done)).isEqualTo("/admin/accounts/" + id);
		assertThat(HttpBrowser.location(laptop.get("/my"))).isEqualTo("/login");
		assertThat(HttpBrowser.location(phone.get("/my"))).isEqualTo("/login");
		assertThat(jdbc.sql("select count(*) from spring_session where principal_name = :email")
			.param("email", email)
			.query(Long.class)
			.single()).isZero();
		assertThat(new HttpBrowser(port).signIn(email, AccountFixtures.PASSWORD)).isEqualTo("/login?disabled");
		assertThat(new HttpBrowser(port).signIn(email, "a wrong password"))
			.as("the state is told only to the right password")
			.isEqualTo("/login?error");
		assertThat(admin.get("/admin/accounts/" + id).body()).contains("Deactivated");

		admin.submit("/admin/accounts/" + id, "/admin/accounts/" + id + "/reactivate", Map.of());
		assertThat(new HttpBrowser(port).signIn(email, AccountFixtures.PASSWORD)).isEqualTo("/my");
		assertThat(fixtures.securityEvents(email)).containsSubsequence("SIGN_IN", "DEACTIVATED", "SIGN_IN_REFUSED",
				"SIGN_IN_FAILED", "REACTIVATED", "SIGN_IN");
	}

	@Test
	void changingARoleEndsTheSessionsTellsThePersonAndIsLogged() {
		String email = AccountFixtures.uniqueEmail("promoted");
		long id = fixtures.account(email, Role.JURY_MEMBER, null, "KE");
		HttpBrowser person = new HttpBrowser(port);
		person.signIn(email, AccountFixtures.PASSWORD);
		String version = versionOf(id);
		HttpResponse<String> changed = admin.submit("/admin/accounts/" + id, "/admin/accounts/" + id,
				Map.of("role", "NATCOM_ENDORSER", "countryCode", "BR", "cityName", "", "version", version));
		assertThat(HttpBrowser.location(changed)).isEqualTo("/admin/accounts/" + id);
		assertThat(fixtures.person(email).role()).isEqualTo(Role.NATCOM_ENDORSER);
		assertThat(fixtures.person(email).countryCode()).isEqualTo("BR");
		assertThat(HttpBrowser.location(person.get("/my"))).isEqualTo("/login");
		assertThat(fixtures.lastMailTo(email).subject()).isEqualTo("Your role on the GNLC Portal has changed");
		assertThat(fixtures.lastMailTo(email).textBody()).contains("National Commission endorser (Brazil)");
		assertThat(jdbc.sql("select detail from security_event where email = :email and kind = 'ROLE_CHANGED'")
			.param("email", email)
			.query(String.class)
			.single()).isEqualTo("JURY_MEMBER KE → NATCOM_ENDORSER BR");
	}

	@Test
	void aRoleChangeMadeOnAStalePageIsRefusedWithTheConflictPage() {
		String email = AccountFixtures.uniqueEmail("stale");
		long id = fixtures.account(email, Role.JURY_MEMBER, null, "KE");
		String seen = versionOf(id);
		admin.submit("/admin/accounts/" + id, "/admin/accounts/" + id,
				Map.of("role", "JURY_MEMBER", "countryCode", "GH", "cityName", "", "version", seen));
		HttpResponse<String> stale = admin.submit("/admin/accounts/" + id, "/admin/accounts/" + id,
				Map.of("role", "UIL_REVIEWER", "countryCode", "KE", "cityName", "", "version", seen));
		assertThat(stale.statusCode()).isEqualTo(409);
		assertThat(fixtures.person(email).role()).isEqualTo(Role.JURY_MEMBER);
	}

	@Test
	void aCityOfficialsScopeIsACityOfTheChosenCountry() {
		String email = AccountFixtures.uniqueEmail("moved");
		long id = fixtures.account(email, Role.JURY_MEMBER, null, "KE");
		HttpResponse<String> noCity = admin.submit("/admin/accounts/" + id, "/admin/accounts/" + id,
				Map.of("role", "CITY_OFFICIAL", "countryCode", "PY", "cityName", "", "version", versionOf(id)));
		assertThat(noCity.body()).contains("Enter the city this official acts for.");
		admin.submit("/admin/accounts/" + id, "/admin/accounts/" + id,
				Map.of("role", "CITY_OFFICIAL", "countryCode", "PY", "cityName", "ybycui", "version", versionOf(id)));
		assertThat(fixtures.person(email).cityId()).isEqualTo(9L);
	}

	@Test
	void anAdministratorNeitherDemotesNorDeactivatesThemselves() {
		long self = fixtures.id("admin@demo.example");
		String version = versionOf(self);
		HttpResponse<String> demote = admin.submit("/admin/accounts/" + self, "/admin/accounts/" + self,
				Map.of("role", "JURY_MEMBER", "countryCode", "DE", "cityName", "", "version", version));
		assertThat(demote.body()).contains("You cannot change your own role or deactivate your own account.");
		admin.submit("/admin/accounts/" + self, "/admin/accounts/" + self + "/deactivate", Map.of());
		assertThat(admin.get("/admin/accounts/" + self).body()).contains("You cannot change your own role");
		assertThat(fixtures.status("admin@demo.example")).isEqualTo("ACTIVE");
	}

	@Test
	void theAccountListFiltersByRoleCountryAndStateAndShowsTheLastSignIn() {
		String endorser = AccountFixtures.uniqueEmail("filter-mx");
		fixtures.account(endorser, Role.NATCOM_ENDORSER, null, "MX");
		new HttpBrowser(port).signIn(endorser, AccountFixtures.PASSWORD);
		String juror = AccountFixtures.uniqueEmail("filter-ke");
		long jurorId = fixtures.account(juror, Role.JURY_MEMBER, null, "KE");
		admin.submit("/admin/accounts/" + jurorId, "/admin/accounts/" + jurorId + "/deactivate", Map.of());

		String mexico = admin.get("/admin/accounts?role=NATCOM_ENDORSER&country=MX&state=ACTIVE").body();
		assertThat(mexico).contains(endorser)
			.doesNotContain(juror)
			.doesNotContain("natcom.mx@demo.example".replace("mx", "xx"));
		// Written as every page writes a moment (Dates): “2 December 2026, 16:52 UTC”.
		assertThat(row(mexico, endorser)).containsPattern("\\d{1,2} [A-Z][a-z]+ \\d{4}, \\d{2}:\\d{2} UTC")
			.doesNotContain("never");
		String deactivated = admin.get("/admin/accounts?state=DEACTIVATED").body();
		assertThat(deactivated).contains(juror).doesNotContain(endorser);
		assertThat(admin.get("/admin/accounts?q=" + juror.substring(0, 16)).body()).contains(juror);
	}

	@Test
	void theSecurityLogListsSignInsAndFailedSignIns() {
		String email = AccountFixtures.uniqueEmail("logged");
		fixtures.account(email, Role.JURY_MEMBER, null, "KE");
		new HttpBrowser(port).signIn(email, "wrong password");
		new HttpBrowser(port).signIn(email, AccountFixtures.PASSWORD);
		String log = admin.get("/admin/security-log?email=" + email).body();
		assertThat(log).contains("Failed sign-in").contains("Signed in").contains("127.0.0.1");
		assertThat(admin.get("/admin/security-log?kind=SIGN_IN_FAILED&email=" + email).body())
			.doesNotContain("<td>Signed in</td>");
	}

	private String versionOf(long id) {
		return String
			.valueOf(jdbc.sql("select version from account where id = :id").param("id", id).query(Long.class).single());
	}

	private static String row(String page, String email) {
		int at = page.indexOf(email);
		return page.substring(at, page.indexOf("</tr>", at));
	}

}
