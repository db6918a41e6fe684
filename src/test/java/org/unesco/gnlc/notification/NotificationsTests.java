package org.unesco.gnlc.notification;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.unesco.gnlc.DemoUsers;
import org.unesco.gnlc.PortalTest;
import org.unesco.gnlc.account.AccountFixtures;
import org.unesco.gnlc.shared.security.Role;
import org.unesco.gnlc.shared.web.Language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The public API every feature sends mail with. This context has no mail server, so the
 * outbox keeps the mails: exactly what a person trying the portal sees at /admin/outbox.
 */
@PortalTest
class NotificationsTests {

	@Autowired
	Notifications notifications;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Test
	void aMailIsStoredInTheTransactionOfTheChangeAndVanishesWhenTheChangeRollsBack() {
		String email = AccountFixtures.uniqueEmail("rollback");
		TransactionTemplate transaction = new TransactionTemplate(transactionManager);
		assertThatIllegalStateException().isThrownBy(() -> transaction.executeWithoutResult(status -> {
			notifications.toAddress(email, "Ana", Language.ENGLISH, notice("rollback:" + email));
			throw new IllegalStateException("the change fails after the mail was queued");
		}));
		assertThat(mailsTo(email)).isZero();
		transaction.executeWithoutResult(
				status -> notifications.toAddress(email, "Ana", Language.ENGLISH, notice("commit:" + email)));
		assertThat(mailsTo(email)).isOne();
	}

	@Test
	void eachRecipientGetsOneMailPerEventHoweverOftenItIsQueued() {
		String email = AccountFixtures.uniqueEmail("once");
		Mail mail = notice("once:" + email);
		assertThat(notifications.toAddress(email, "Ana", Language.ENGLISH, mail)).isOne();
		assertThat(notifications.toAddress(email.toUpperCase(), "Ana", Language.ENGLISH, mail)).isZero();
		assertThat(notifications.to(List.of(Recipient.address(email, "Ana", Language.FRENCH)), mail)).isZero();
		assertThat(mailsTo(email)).isOne();
		assertThat(notifications.toAddress(email, "Ana", Language.ENGLISH, notice("another:" + email))).isOne();
		assertThat(mailsTo(email)).isEqualTo(2);
	}

	@Test
	void eachMailIsRenderedInItsRecipientsLanguageWithALinkBackToThePortal() {
		AccountFixtures fixtures = AccountFixtures.of(context);
		long city = fixtures.newCity("CA");
		String english = AccountFixtures.uniqueEmail("en");
		String french = AccountFixtures.uniqueEmail("fr");
		String spanish = AccountFixtures.uniqueEmail("es");
		fixtures.account(english, Role.CITY_OFFICIAL, city, "CA");
		fixtures.account(french, Role.CITY_OFFICIAL, city, "CA");
		fixtures.account(spanish, Role.CITY_OFFICIAL, city, "CA");
		jdbc.sql("update account set preferred_language = 'fr' where email = :email").param("email", french).update();
		jdbc.sql("update account set preferred_language = 'es' where email = :email").param("email", spanish).update();

		assertThat(notifications.toCityOfficials(city, notice("languages:" + city))).isEqualTo(3);
		record Row(String subject, String text, String html, String link) {
		}
		List<Row> rows = jdbc.sql("""
				select subject, text_body, html_body, link_url from outbox_mail
				where event_key = :key order by language""")
			.param("key", "languages:" + city)
			.query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.list();
		assertThat(rows).extracting(Row::subject).containsExactly("E-mail", "Correo electrónico", "Courriel");
		assertThat(rows.get(1).text()).startsWith("Estimado/a Test city_official:")
			.contains("Notice about Key Features.")
			.contains("Abrir el portal:")
			.contains("http://localhost:8080/key-features");
		assertThat(rows.get(2).html()).contains("lang=\"fr\"")
			.contains("Bonjour Test city_official,")
			.contains("<strong>Key Features</strong>")
			.contains("href=\"http://localhost:8080/key-features\"")
			.contains("Ouvrir le portail");
		assertThat(rows).extracting(Row::link).containsOnly("http://localhost:8080/key-features");
	}

	@Test
	void aPersonWhoPrefersArabicGetsTheMailInArabicLaidOutFromRightToLeft() {
		AccountFixtures fixtures = AccountFixtures.of(context);
		long city = fixtures.newCity("JO");
		String arabic = AccountFixtures.uniqueEmail("ar");
		fixtures.account(arabic, Role.CITY_OFFICIAL, city, "JO");
		jdbc.sql("update account set preferred_language = 'ar' where email = :email").param("email", arabic).update();

		assertThat(notifications.toCityOfficials(city, notice("arabic:" + city))).isOne();
		record Row(String language, String subject, String text, String html) {
		}
		Row row = jdbc.sql("select language, subject, text_body, html_body from outbox_mail where event_key = :key")
			.param("key", "arabic:" + city)
			.query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.single();
		assertThat(row.language()).isEqualTo("ar");
		assertThat(row.subject()).isEqualTo("بريد إلكتروني");
		assertThat(row.text()).startsWith("عزيزي/عزيزتي Test city_official،").contains("فتح البوابة");
		assertThat(row.html()).contains("lang=\"ar\" dir=\"rtl\"")
			.contains("الشبكة العالمية لمدن التعلّم التابعة لليونسكو")
			.contains("<a dir=\"ltr\" href=\"http://localhost:8080");
	}

	@Test
	void groupsReachOnlyActiveAccounts() {
		AccountFixtures fixtures = AccountFixtures.of(context);
		long city = fixtures.newCity("NZ");
		String active = AccountFixtures.uniqueEmail("active");
		String deactivated = AccountFixtures.uniqueEmail("deactivated");
		String unverified = AccountFixtures.uniqueEmail("unverified");
		fixtures.account(active, Role.CITY_OFFICIAL, city, "NZ");
		fixtures.account(deactivated, Role.CITY_OFFICIAL, city, "NZ");
		fixtures.account(unverified, Role.CITY_OFFICIAL, city, "NZ");
		jdbc.sql("update account set enabled = false where email = :email").param("email", deactivated).update();
		jdbc.sql("update account set status = 'UNVERIFIED' where email = :email").param("email", unverified).update();
		assertThat(notifications.toCityOfficials(city, notice("group:" + city))).isOne();
		assertThat(mailsTo(active)).isOne();
		assertThat(notifications.toAccount(fixtures.id(deactivated), notice("direct:" + city))).isZero();
		assertThat(notifications.toAccount(fixtures.id(unverified), notice("direct:" + city)))
			.as("a person who cannot sign in yet still receives mail meant for them")
			.isOne();

		String endorser = AccountFixtures.uniqueEmail("endorser");
		fixtures.account(endorser, Role.NATCOM_ENDORSER, null, "NZ");
		assertThat(notifications.toEndorsers("nz", notice("endorsers:" + city))).isOne();
		assertThat(notifications.toRole(Role.UIL_ADMIN, notice("admins:" + city))).isPositive();
		assertThat(mailsTo("admin@demo.example", "admins:" + city)).isOne();
	}

	@Test
	void withoutAMailServerMailIsKeptAndUilAdminReadsItWithItsLink() throws Exception {
		String email = AccountFixtures.uniqueEmail("kept");
		notifications.toAddress(email, "Ana Kept", Language.ENGLISH, notice("kept:" + email));
		long id = jdbc.sql("select id from outbox_mail where recipient_email = :email")
			.param("email", email)
			.query(Long.class)
			.single();
		mvc.perform(get("/admin/outbox").param("recipient", email).with(DemoUsers.signedInAs(Role.UIL_ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No mail server is configured")))
			.andExpect(content().string(containsString(email)))
			.andExpect(content().string(containsString("Kept (no mail server)")));
		mvc.perform(get("/admin/outbox/{id}", id).with(DemoUsers.signedInAs(Role.UIL_ADMIN)))
			.andExpect(content().string(containsString("Notice about Key Features.")))
			.andExpect(content().string(containsString("id=\"mail-link\"")))
			.andExpect(content().string(containsString("sandbox=\"\"")));
		mvc.perform(get("/admin/outbox/{id}", id).with(DemoUsers.signedInAs(Role.UIL_REVIEWER)))
			.andExpect(status().isForbidden());
	}

	@Test
	void aMailNamesItsTemplatesAndLinksOnlyToPagesOfThePortal() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Mail.template("../secrets").event("x").subject("s").build());
		assertThatIllegalArgumentException().isThrownBy(() -> Mail.template("notification/mail/test-notice")
			.event("x")
			.subject("s")
			.link("https://evil.example")
			.build());
		assertThatIllegalArgumentException().isThrownBy(() -> Mail.template("notification/mail/test-notice")
			.event("x")
			.subject("s")
			.link("//evil.example")
			.build());
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Mail.template("notification/mail/test-notice").event("").subject("s").build());
		assertThatIllegalStateException().isThrownBy(() -> Mail.template("notification/mail/test-notice").build());
	}

	static Mail notice(String eventKey) {
		return Mail.template("notification/mail/test-notice")
			.event(eventKey)
			.subject("notification.mail.title")
			.with("topic", "Key Features")
			.link("/key-features")
			.build();
	}

	private long mailsTo(String email) {
		return jdbc.sql("select count(*) from outbox_mail where lower(recipient_email) = lower(:email)")
			.param("email", email)
			.query(Long.class)
			.single();
	}

	private long mailsTo(String email, String eventKey) {
		return jdbc
			.sql("select count(*) from outbox_mail where lower(recipient_email) = lower(:email) and event_key = :key")
			.param("email", email)
			.param("key", eventKey)
			.query(Long.class)
			.single();
	}

}
