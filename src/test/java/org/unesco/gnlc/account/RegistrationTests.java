package org.unesco.gnlc.account;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.unesco.gnlc.DemoUsers;
import org.unesco.gnlc.PortalTest;
import org.unesco.gnlc.shared.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A city official registers, proves their address through a single-use link, and is
 * accepted at once as the first official of a new city, or after an official of the city
 * or UIL accepts them. The mails are kept in the outbox (no mail server in this context).
 */
@PortalTest
class RegistrationTests {

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
	void theFirstOfficialOfANewCityConfirmsTheirAddressAndSignsIn() throws Exception {
		String email = AccountFixtures.uniqueEmail("first");
		String city = AccountFixtures.uniqueName("Lakeside");
		register(email, city, "MX", AccountFixtures.PASSWORD, "es").andExpect(redirectedUrl("/register/check-email"));
		assertThat(fixtures.status(email)).isEqualTo("UNVERIFIED");
		signIn(email, AccountFixtures.PASSWORD).andExpect(redirectedUrl("/login?unverified"));

		AccountFixtures.Queued mail = fixtures.lastMailTo(email);
		assertThat(mail.language()).isEqualTo("es");
		assertThat(mail.subject()).isEqualTo("Confirme su correo electrónico para el portal GNLC");
		assertThat(mail.textBody()).contains(city).contains("48 horas");
		// D22: the link opens the page in the language of the mail.
		assertThat(mail.linkPath()).startsWith("/register/verify?lang=es&token=");

		mvc.perform(get(mail.linkPath()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Confirmar mi correo electrónico")));
		assertThat(fixtures.status(email)).as("opening the link changes nothing yet").isEqualTo("UNVERIFIED");
		mvc.perform(post("/register/verify").param("token", token(mail)).with(csrf()))
			.andExpect(redirectedUrl("/login"));
		assertThat(fixtures.status(email)).isEqualTo("ACTIVE");
		assertThat(fixtures.securityEvents(email)).containsSubsequence("REGISTERED", "EMAIL_VERIFIED");

		signIn(email, AccountFixtures.PASSWORD).andExpect(redirectedUrl("/my"));
		mvc.perform(get(mail.linkPath()))
			.andExpect(status().isGone())
			.andExpect(content().string(containsString("Este enlace ya se ha utilizado")));
	}

	@Test
	void aFurtherOfficialWaitsUntilAnOfficialOfTheCityAcceptsThemAndNobodyElseCan() throws Exception {
		String city = AccountFixtures.uniqueName("Riverton");
		String first = registeredAndVerified(AccountFixtures.uniqueEmail("first"), city, "AU");
		String further = AccountFixtures.uniqueEmail("further");
		register(further, city, "AU", AccountFixtures.PASSWORD, "en");
		mvc.perform(post("/register/verify").param("token", token(fixtures.lastMailTo(further))).with(csrf()))
			.andExpect(redirectedUrl("/register/awaiting-approval"));
		assertThat(fixtures.status(further)).isEqualTo("AWAITING_APPROVAL");
		signIn(further, AccountFixtures.PASSWORD).andExpect(redirectedUrl("/login?awaitingApproval"));

		AccountFixtures.Queued request = fixtures.lastMailTo(first);
		assertThat(request.subject()).isEqualTo("A person asks to act for " + city + " on the GNLC Portal");
		assertThat(request.linkPath()).isEqualTo("/city-officials");
		assertThat(fixtures.lastMailTo("admin@demo.example").subject()).contains(city);

		long furtherId = fixtures.id(further);
		// An official of another city, and an endorser, cannot decide.
		String stranger = AccountFixtures.uniqueEmail("stranger");
		fixtures.account(stranger, Role.CITY_OFFICIAL, DemoUsers.MELTON, "AU");
		mvc.perform(post("/city-officials/{id}/approve", furtherId).with(fixtures.signedIn(stranger)).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(post("/city-officials/{id}/approve", furtherId).with(DemoUsers.signedInAs(Role.NATCOM_ENDORSER))
			.with(csrf())).andExpect(status().isForbidden());
		assertThat(fixtures.status(further)).isEqualTo("AWAITING_APPROVAL");

		mvc.perform(get("/city-officials").with(fixtures.signedIn(first)))
			.andExpect(content().string(containsString(further)));
		mvc.perform(post("/city-officials/{id}/approve", furtherId).with(fixtures.signedIn(first)).with(csrf()))
			.andExpect(redirectedUrl("/city-officials"));
		assertThat(fixtures.status(further)).isEqualTo("ACTIVE");
		assertThat(fixtures.lastMailTo(further).subject())
			.isEqualTo("You may now act for " + city + " on the GNLC Portal");
		signIn(further, AccountFixtures.PASSWORD).andExpect(redirectedUrl("/my"));
	}

	@Test
	void uilRefusesAFurtherOfficialWhoThenCannotSignIn() throws Exception {
		String city = AccountFixtures.uniqueName("Hillcrest");
		registeredAndVerified(AccountFixtures.uniqueEmail("first"), city, "IE");
		String further = AccountFixtures.uniqueEmail("further");
		register(further, city, "IE", AccountFixtures.PASSWORD, "fr");
		mvc.perform(post("/register/verify").param("token", token(fixtures.lastMailTo(further))).with(csrf()));
		mvc.perform(
				post("/admin/accounts/{id}/decline", fixtures.id(further)).with(fixtures.signedIn("admin@demo.example"))
					.with(csrf()))
			.andExpect(redirectedUrl("/admin/accounts/" + fixtures.id(further)));
		assertThat(fixtures.status(further)).isEqualTo("DECLINED");
		assertThat(fixtures.lastMailTo(further).subject())
			.isEqualTo("Votre inscription pour " + city + " sur le portail GNLC");
		signIn(further, AccountFixtures.PASSWORD).andExpect(redirectedUrl("/login?declined"));
	}

	@Test
	void theFirstOfficialOfAMemberCityWaitsForUil() throws Exception {
		String email = AccountFixtures.uniqueEmail("member");
		String city = AccountFixtures.uniqueName("Memberton");
		register(email, city, "FI", AccountFixtures.PASSWORD, "en");
		jdbc.sql("update city set member = true, member_since = date '2016-01-01' where name = :name")
			.param("name", city)
			.update();
		mvc.perform(post("/register/verify").param("token", token(fixtures.lastMailTo(email))).with(csrf()))
			.andExpect(redirectedUrl("/register/awaiting-approval"));
		assertThat(fixtures.status(email)).isEqualTo("AWAITING_APPROVAL");
	}

	@Test
	void aKnownAddressGetsTheSameAnswerAsANewOneAndItsOwnerIsToldByMail() throws Exception {
		long accounts = count("account");
		long cities = count("city");
		int mailsToOwner = fixtures.mailsTo("melton@demo.example").size();

		register("  Melton@Demo.Example ", AccountFixtures.uniqueName("Copycat"), "AU", AccountFixtures.PASSWORD, "en")
			.andExpect(redirectedUrl("/register/check-email"));
		register(AccountFixtures.uniqueEmail("newcomer"), AccountFixtures.uniqueName("Newtown"), "AU",
				AccountFixtures.PASSWORD, "en")
			.andExpect(redirectedUrl("/register/check-email"));

		assertThat(count("account")).as("only the newcomer's").isEqualTo(accounts + 1);
		assertThat(count("city")).as("only the newcomer's city").isEqualTo(cities + 1);
		AccountFixtures.Queued told = fixtures.lastMailTo("melton@demo.example");
		assertThat(told.template()).isEqualTo("account/mail/registration-attempted");
		assertThat(told.textBody()).contains("Someone tried to register").contains("Forgotten your password?");
		assertThat(fixtures.securityEvents("melton@demo.example")).contains("REGISTRATION_WITH_KNOWN_EMAIL");
		// Trying again within the hour answers the same, and writes no second mail.
		register("melton@demo.example", AccountFixtures.uniqueName("Copycat"), "AU", AccountFixtures.PASSWORD, "en")
			.andExpect(redirectedUrl("/register/check-email"));
		assertThat(fixtures.mailsTo("melton@demo.example")).hasSize(mailsToOwner + 1);
	}

	@Test
	void registrationIsLimitedPerClientAddress() throws Exception {
		int limit = SignInThrottle.MAILING_REQUESTS_FROM_ADDRESS.failures();
		for (int i = 0; i < limit; i++) {
			register(AccountFixtures.uniqueEmail("bulk"), AccountFixtures.uniqueName("Bulkton"), "KE",
					AccountFixtures.PASSWORD, "en")
				.andExpect(redirectedUrl("/register/check-email"));
		}
		String refused = AccountFixtures.uniqueEmail("one-too-many");
		register(refused, AccountFixtures.uniqueName("Bulkton"), "KE", AccountFixtures.PASSWORD, "en")
			.andExpect(status().isTooManyRequests())
			.andExpect(content().string(containsString("too many requests from your connection. Please wait")));
		assertThat(fixtures.mailsTo(refused)).isEmpty();
		mvc.perform(post("/register/resend").param("email", refused).with(csrf()))
			.andExpect(status().isTooManyRequests());
		// Another client is not affected.
		mvc.perform(post("/register").with(csrf()).with(request -> {
			request.setRemoteAddr("198.51.100.23");
			return request;
		})
			.param("fullName", "Ana Test")
			.param("email", refused)
			.param("password", AccountFixtures.PASSWORD)
			.param("passwordConfirmation", AccountFixtures.PASSWORD)
			.param("countryCode", "KE")
			.param("cityName", AccountFixtures.uniqueName("Elsewhere"))
			.param("preferredLanguage", "en")).andExpect(redirectedUrl("/register/check-email"));
	}

	@Test
	void passwordResetIsLimitedPerClientAddress() throws Exception {
		int limit = SignInThrottle.MAILING_REQUESTS_FROM_ADDRESS.failures();
		for (int i = 0; i < limit; i++) {
			mvc.perform(post("/password/forgot").param("email", AccountFixtures.uniqueEmail("forgetful")).with(csrf()))
				.andExpect(redirectedUrl("/password/forgot?sent"));
		}
		mvc.perform(post("/password/forgot").param("email", "jury@demo.example").with(csrf()))
			.andExpect(status().isTooManyRequests())
			.andExpect(content().string(containsString("too many requests from your connection")));
	}

	@Test
	void aWeakPasswordIsRefusedWithTheRuleItBreaks() throws Exception {
		String email = AccountFixtures.uniqueEmail("weak");
		register(email, "Somewhere", "AU", "baseball", "en")
			.andExpect(content().string(containsString("This password is too common")));
		register(email, "Somewhere", "AU", "short", "en")
			.andExpect(content().string(containsString("at least 8 characters")));
		mvc.perform(post("/register").with(csrf())
			.param("fullName", "Ana")
			.param("email", email)
			.param("password", AccountFixtures.PASSWORD)
			.param("passwordConfirmation", "something else entirely")
			.param("countryCode", "AU")
			.param("cityName", "Somewhere")
			.param("preferredLanguage", "en"))
			.andExpect(content().string(containsString("The two passwords are not the same")));
		assertThat(jdbc.sql("select count(*) from account where email = :email")
			.param("email", email)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void missingFieldsAreNamedInTheErrorSummary() throws Exception {
		mvc.perform(post("/register").with(csrf()).param("countryCode", "AU").param("preferredLanguage", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("error-summary")))
			.andExpect(content().string(containsString("Enter your full name.")))
			.andExpect(content().string(containsString("Enter the name of your city.")))
			.andExpect(content().string(containsString("Enter a password.")));
	}

	@Test
	void theCountryComesFirstAndItsKnownCitiesAreOffered() throws Exception {
		mvc.perform(get("/register")).andExpect(content().string(containsString("Step 1 of 2")));
		mvc.perform(get("/register").param("country", "PY"))
			.andExpect(content().string(containsString("Step 2 of 2")))
			.andExpect(content().string(containsString("<option value=\"Ybycuí\">")));
		mvc.perform(get("/register").param("country", "XX"))
			.andExpect(content().string(containsString("Choose the country of your city.")));
	}

	@Test
	void aTamperedOrExpiredLinkIsExplainedAndChangesNothing() throws Exception {
		String email = AccountFixtures.uniqueEmail("late");
		register(email, AccountFixtures.uniqueName("Slowtown"), "KE", AccountFixtures.PASSWORD, "en");
		String token = token(fixtures.lastMailTo(email));
		String tampered = (token.charAt(0) == 'A' ? "B" : "A") + token.substring(1);
		mvc.perform(post("/register/verify").param("token", tampered).with(csrf()))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("This link is not valid")));
		fixtures.expireTokensOf(email);
		mvc.perform(get("/register/verify").param("token", token))
			.andExpect(status().isGone())
			.andExpect(content().string(containsString("This link has expired")));
		mvc.perform(post("/register/verify").param("token", token).with(csrf())).andExpect(status().isGone());
		assertThat(fixtures.status(email)).isEqualTo("UNVERIFIED");
	}

	@Test
	void aNewVerificationLinkReplacesTheOldOneAndTheAnswerNeverTellsWhetherTheAddressIsKnown() throws Exception {
		String email = AccountFixtures.uniqueEmail("again");
		register(email, AccountFixtures.uniqueName("Echo"), "KE", AccountFixtures.PASSWORD, "en");
		String old = token(fixtures.lastMailTo(email));
		mvc.perform(post("/register/resend").param("email", email).with(csrf()))
			.andExpect(redirectedUrl("/register/check-email"));
		mvc.perform(post("/register/resend").param("email", AccountFixtures.uniqueEmail("nobody")).with(csrf()))
			.andExpect(redirectedUrl("/register/check-email"));
		assertThat(fixtures.mailsTo(email)).hasSize(2);
		mvc.perform(get("/register/verify").param("token", old)).andExpect(status().isGone());
		mvc.perform(post("/register/verify").param("token", token(fixtures.lastMailTo(email))).with(csrf()))
			.andExpect(redirectedUrl("/login"));
		// However often someone asks, at most three links an hour.
		for (int i = 0; i < 5; i++) {
			mvc.perform(post("/register/resend").param("email", email).with(csrf()));
		}
		assertThat(fixtures.mailsTo(email)).hasSize(2);
	}

	private String registeredAndVerified(String email, String city, String country) throws Exception {
		register(email, city, country, AccountFixtures.PASSWORD, "en");
		mvc.perform(post("/register/verify").param("token", token(fixtures.lastMailTo(email))).with(csrf()))
			.andExpect(redirectedUrl("/login"));
		return email;
	}

	private ResultActions register(String email, String city, String country, String password, String language)
			throws Exception {
		return mvc.perform(post("/register").with(csrf())
			.param("fullName", "Ana Test")
			.param("email", email)
			.param("password", password)
			.param("passwordConfirmation", password)
			.param("countryCode", country)
			.param("cityName", city)
			.param("preferredLanguage", language));
	}

	private ResultActions signIn(String email, String password) throws Exception {
		return mvc.perform(formLogin("/login").user("email", email).password("password", password));
	}

	private long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	static String token(AccountFixtures.Queued mail) {
		return mail.linkPath().substring(mail.linkPath().indexOf("token=") + "token=".length());
	}

}
