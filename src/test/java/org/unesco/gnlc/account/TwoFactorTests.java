package org.unesco.gnlc.account;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
import java.nio.charset.StandardCharsets;

/** Two-factor sign-in with an authenticator app and recovery codes, over real HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "test", "demo" })
class TwoFactorTests {

	private static final Pattern RECOVERY_CODE = Pattern
		.compile("<code>([a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4})</code>");

	@LocalServerPort
	int port;

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
	void theSecretIsShownOnlyDuringEnrolmentAndStoredEncrypted() {
		String email = AccountFixtures.uniqueEmail("enrol");
		fixtures.account(email, Role.JURY_MEMBER, null, "KE");
		HttpBrowser browser = new HttpBrowser(port);
		browser.signIn(email, AccountFixtures.PASSWORD);
		browser.submit("/account/two-factor", "/account/two-factor/setup", Map.of());
		String page = browser.get("/account/two-factor").body();
		assertThat(page).contains("<svg").contains("Set up your authenticator app");
		AuthenticatorApp app = AuthenticatorApp.enrolledFrom(page);
		byte[] stored = jdbc.sql("select totp_pending_secret from account where id = :id")
			.param("id", fixtures.id(email))
			.query(byte[].class)
			.single();
		assertThat(new String(stored, StandardCharsets.ISO_8859_1))
			.doesNotContain(new String(AuthenticatorApp.decode(key(page)), StandardCharsets.ISO_8859_1));

		HttpResponse<String> wrong = browser.submit("/account/two-factor", "/account/two-factor/confirm",
				Map.of("code", "000000".equals(app.code()) ? "111111" : "000000"));
		assertThat(wrong.body()).contains("This code is not right");
		assertThat(fixtures.securityEvents(email)).doesNotContain("TWO_FACTOR_ENABLED");

		HttpResponse<String> confirmed = browser.submit("/account/two-factor", "/account/two-factor/confirm",
				Map.of("code", app.code()));
		assertThat(confirmed.body()).contains("Your recovery codes");
		assertThat(recoveryCodes(confirmed.body())).hasSize(10);
		String after = browser.get("/account/two-factor").body();
		assertThat(after).contains("Two-step verification is on.")
			.doesNotContain("two-factor-key")
			.doesNotContain("<svg");
		assertThat(jdbc.sql(
				"select count(*) from account where id = :id and totp_secret is not null and totp_pending_secret is null")
			.param("id", fixtures.id(email))
			.query(Long.class)
			.single()).isOne();
		String firstCode = recoveryCodes(confirmed.body()).get(0).replace("-", "");
		assertThat(jdbc.sql("select count(*) from recovery_code where code_hash like :code")
			.param("code", "%" + firstCode + "%")
			.query(Long.class)
			.single()).as("recovery codes are stored hashed").isZero();
		assertThat(fixtures.securityEvents(email)).contains("TWO_FACTOR_ENABLED");
		assertThat(fixtures.lastMailTo(email).subject())
			.isEqualTo("Two-step verification is on for your GNLC Portal account");
	}

	@Test
	void signingInThenTakesACodeAndACodeWorksOnlyOnce() {
		String email = AccountFixtures.uniqueEmail("codes");
		AuthenticatorApp app = enrolled(email);

		HttpBrowser browser = new HttpBrowser(port);
		assertThat(browser.signIn(email, AccountFixtures.PASSWORD)).isEqualTo("/login/two-factor");
		assertThat(HttpBrowser.location(browser.get("/my"))).as("nothing else before the code")
			.isEqualTo("/login/two-factor");
		assertThat(HttpBrowser.location(browser.get("/profile"))).isEqualTo("/login/two-factor");

		String code = app.code(1);
		HttpResponse<String> accepted = browser.submit("/login/two-factor", "/login/two-factor", Map.of("code", code));
		assertThat(HttpBrowser.location(accepted)).isEqualTo("/my");
		assertThat(browser.get("/my").body()).contains("Welcome");

		HttpBrowser thief = new HttpBrowser(port);
		thief.signIn(email, AccountFixtures.PASSWORD);
		HttpResponse<String> replayed = thief.submit("/login/two-factor", "/login/two-factor", Map.of("code", code));
		assertThat(replayed.body()).contains("This code has already been used");
		assertThat(HttpBrowser.location(thief.get("/my"))).isEqualTo("/login/two-factor");
		HttpResponse<String> older = thief.submit("/login/two-factor", "/login/two-factor",
				Map.of("code", app.code(0)));
		assertThat(older.body()).as("a code older than the last one used").contains("This code has already been used");
	}

	@Test
	void wrongCodesAreLoggedAndHaveTheirOwnLimitThatSigningInAgainDoesNotReset() {
		String email = AccountFixtures.uniqueEmail("guess");
		AuthenticatorApp app = enrolled(email);
		HttpBrowser guesser = new HttpBrowser(port);
		guesser.signIn(email, AccountFixtures.PASSWORD);
		for (int attempt = 0; attempt < SignInThrottle.CODES_OF_ACCOUNT.failures(); attempt++) {
			String guess = String.format("%06d", 123450 + attempt);
			if (guess.equals(app.code()) || guess.equals(app.code(1)) || guess.equals(app.code(-1))) {
				guess = "999999";
			}
			assertThat(guesser.submit("/login/two-factor", "/login/two-factor", Map.of("code", guess)).body())
				.contains("This code is not right");
		}
		HttpResponse<String> blocked = guesser.submit("/login/two-factor", "/login/two-factor",
				Map.of("code", app.code(1)));
		assertThat(blocked.body()).contains("too many wrong codes for this account. Please wait");
		assertThat(fixtures.securityEvents(email)).filteredOn("TWO_FACTOR_FAILED"::equals).hasSize(5);

		// The right password again (it clears the password's count) gives no new guesses.
		HttpBrowser again = new HttpBrowser(port);
		assertThat(again.signIn(email, AccountFixtures.PASSWORD)).isEqualTo("/login/two-factor");
		assertThat(again.submit("/login/two-factor", "/login/two-factor", Map.of("code", app.code(1))).body())
			.contains("too many wrong codes for this account. Please wait");
	}

	@Test
	void aRecoveryCodeSignsInOnceInsteadOfTheApp() {
		String email = AccountFixtures.uniqueEmail("recovery");
		fixtures.account(email, Role.JURY_MEMBER, null, "KE");
		HttpBrowser browser = new HttpBrowser(port);
		browser.signIn(email, AccountFixtures.PASSWORD);
		browser.submit("/account/two-factor", "/account/two-factor/setup", Map.of());
		AuthenticatorApp app = AuthenticatorApp.enrolledFrom(browser.get("/account/two-factor").body());
		List<String> codes = recoveryCodes(
				browser.submit("/account/two-factor", "/account/two-factor/confirm", Map.of("code", app.code()))
					.body());

		HttpBrowser lostPhone = new HttpBrowser(port);
		lostPhone.signIn(email, AccountFixtures.PASSWORD);
		HttpResponse<String> recovered = lostPhone.submit("/login/two-factor", "/login/two-factor",
				Map.of("code", codes.get(3).toUpperCase()));
		assertThat(HttpBrowser.location(recovered)).isEqualTo("/my");
		assertThat(lostPhone.get("/my").body()).contains("You signed in with a recovery code");
		assertThat(fixtures.lastMailTo(email).subject())
			.isEqualTo("A recovery code was used to sign in to the GNLC Portal");
		assertThat(fixtures.lastMailTo(email).textBody()).contains("You have 9 recovery codes left.");

		HttpBrowser again = new HttpBrowser(port);
		again.signIn(email, AccountFixtures.PASSWORD);
		assertThat(again.submit("/login/two-factor", "/login/two-factor", Map.of("code", codes.get(3))).body())
			.contains("This code is not right");
	}

	@Test
	void aRoleThatRequiresItMustSetItUpBeforeAnythingElseAndCannotTurnItOff() {
		String email = AccountFixtures.uniqueEmail("reviewer");
		fixtures.account(email, Role.UIL_REVIEWER, null, "DE");
		HttpBrowser browser = new HttpBrowser(port);
		assertThat(browser.signIn(email, AccountFixtures.PASSWORD)).isEqualTo("/account/two-factor");
		assertThat(HttpBrowser.location(browser.get("/my"))).isEqualTo("/account/two-factor");
		assertThat(HttpBrowser.location(browser.get("/admin/outbox"))).isEqualTo("/account/two-factor");
		assertThat(browser.get("/account/two-factor").body()).contains("Your role requires two-step verification");

		browser.submit("/account/two-factor", "/account/two-factor/setup", Map.of());
		AuthenticatorApp app = AuthenticatorApp.enrolledFrom(browser.get("/account/two-factor").body());
		HttpResponse<String> codes = browser.submit("/account/two-factor", "/account/two-factor/confirm",
				Map.of("code", app.code()));
		assertThat(codes.body()).contains("Your recovery codes").contains("href=\"/my\"");
		assertThat(browser.get("/my").statusCode()).as("signed in now").isEqualTo(200);
		assertThat(fixtures.securityEvents(email)).endsWith("SIGN_IN");

		HttpResponse<String> off = browser.submit("/account/two-factor", "/account/two-factor/disable",
				Map.of("password", AccountFixtures.PASSWORD));
		assertThat(HttpBrowser.location(off)).isEqualTo("/account/two-factor");
		assertThat(browser.get("/account/two-factor").body()).contains("it cannot be turned off")
			.contains("Two-step verification is on.");
	}

	@Test
	void uilResetsTheTwoFactorSignInOfAPersonWhoLostTheirPhoneAndTheirSessionsEnd() {
		String email = AccountFixtures.uniqueEmail("lost");
		AuthenticatorApp app = enrolled(email);
		HttpBrowser browser = new HttpBrowser(port);
		browser.signIn(email, AccountFixtures.PASSWORD);
		browser.submit("/login/two-factor", "/login/two-factor", Map.of("code", app.code(1)));
		assertThat(browser.get("/my").statusCode()).isEqualTo(200);

		HttpBrowser admin = new HttpBrowser(port);
		admin.signIn("admin@demo.example", "learning-cities");
		long id = fixtures.id(email);
		admin.submit("/admin/accounts/" + id, "/admin/accounts/" + id + "/reset-two-factor", Map.of());
		assertThat(HttpBrowser.location(browser.get("/my"))).isEqualTo("/login");
		assertThat(new HttpBrowser(port).signIn(email, AccountFixtures.PASSWORD)).isEqualTo("/my");
		assertThat(fixtures.securityEvents(email)).contains("TWO_FACTOR_RESET");
	}

	@Test
	void turningItOffTakesThePassword() {
		String email = AccountFixtures.uniqueEmail("off");
		AuthenticatorApp app = enrolled(email);
		HttpBrowser browser = new HttpBrowser(port);
		browser.signIn(email, AccountFixtures.PASSWORD);
		browser.submit("/login/two-factor", "/login/two-factor", Map.of("code", app.code(1)));
		browser.submit("/account/two-factor", "/account/two-factor/disable", Map.of("password", "not it"));
		assertThat(browser.get("/account/two-factor").body()).contains("Two-step verification is on.");
		browser.submit("/account/two-factor", "/account/two-factor/disable",
				Map.of("password", AccountFixtures.PASSWORD));
		assertThat(browser.get("/account/two-factor").body()).contains("Two-step verification is off.");
		assertThat(new HttpBrowser(port).signIn(email, AccountFixtures.PASSWORD)).isEqualTo("/my");
	}

	/** A jury member with two-factor sign-in set up; answers their app. */
	private AuthenticatorApp enrolled(String email) {
		fixtures.account(email, Role.JURY_MEMBER, null, "KE");
		HttpBrowser browser = new HttpBrowser(port);
		browser.signIn(email, AccountFixtures.PASSWORD);
		browser.submit("/account/two-factor", "/account/two-factor/setup", Map.of());
		AuthenticatorApp app = AuthenticatorApp.enrolledFrom(browser.get("/account/two-factor").body());
		assertThat(
				browser.submit("/account/two-factor", "/account/two-factor/confirm", Map.of("code", app.code())).body())
			.contains("Your recovery codes");
		return app;
	}

	private static String key(String page) {
		Matcher key = Pattern.compile("id=\"two-factor-key\">([A-Z2-7 ]+)<").matcher(page);
		assertThat(key.find()).isTrue();
		return key.group(1);
	}

	private static List<String> recoveryCodes(String page) {
		return RECOVERY_CODE.matcher(page).results().map(match -> match.group(1)).toList();
	}

}
