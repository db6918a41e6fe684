package org.unesco.gnlc.account;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.unesco.gnlc.city.Cities;
import org.unesco.gnlc.shared.security.PortalUser;
import org.unesco.gnlc.shared.security.Role;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import org.springframework.context.ApplicationContext;

/**
 * Accounts and cities a test makes for itself (unique names, so tests never share data),
 * and what the outbox holds for an address. Built from the context's beans: {@link #of}.
 */
public final class AccountFixtures {

	public static final String PASSWORD = "a quiet library by the river";

	public record Queued(String subject, String language, String template, @Nullable String linkPath,
			@Nullable String textBody, String state) {
	}

	private final Accounts accounts;

	private final Cities cities;

	private final JdbcClient jdbc;

	private AccountFixtures(Accounts accounts, Cities cities, JdbcClient jdbc) {
		this.accounts = accounts;
		this.cities = cities;
		this.jdbc = jdbc;
	}

	public static AccountFixtures of(ApplicationContext context) {
		return new AccountFixtures(context.getBean(Accounts.class), context.getBean(Cities.class),
				context.getBean(JdbcClient.class));
	}

	public static String uniqueEmail(String who) {
		return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
	}

	public static String uniqueName(String prefix) {
		return prefix + " " + UUID.randomUUID().toString().substring(0, 6);
	}

	/**
	 * An active account with the fixtures' password (a set-up account: no two-factor
	 * waiver).
	 */
	public long account(String email, Role role, @Nullable Long cityId, @Nullable String countryCode) {
		accounts.createIfAbsent(email, PASSWORD, "Test " + role.name().toLowerCase(Locale.ROOT), role, cityId,
				countryCode);
		return id(email);
	}

	public long newCity(String countryCode) {
		return cities.findOrRegister(uniqueName("Testbourg"), countryCode).id();
	}

	public long id(String email) {
		return accounts.byEmail(email).orElseThrow().id();
	}

	public PortalUser person(String email) {
		return accounts.portalUser(id(email)).orElseThrow();
	}

	/** A MockMvc request signed in as this real account. */
	public RequestPostProcessor signedIn(String email) {
		return user(person(email));
	}

	public String status(String email) {
		return jdbc.sql(
				"select case when enabled then status else 'DEACTIVATED' end from account where lower(email) = lower(:email)")
			.param("email", email)
			.query(String.class)
			.single();
	}

	/** The mails queued for this address, oldest first. */
	public List<Queued> mailsTo(String email) {
		return jdbc.sql("""
				select subject, language, template, link_url, text_body, state from outbox_mail
				where lower(recipient_email) = lower(:email) order by id""")
			.param("email", email)
			.query((rs, row) -> new Queued(rs.getString("subject"), rs.getString("language"), rs.getString("template"),
					rs.getString("link_url") == null ? null : HttpBrowser.path(rs.getString("link_url")),
					rs.getString("text_body"), rs.getString("state")))
			.list();
	}

	public Queued lastMailTo(String email) {
		List<Queued> mails = mailsTo(email);
		if (mails.isEmpty()) {
			throw new AssertionError("No mail queued for " + email);
		}
		return mails.get(mails.size() - 1);
	}

	public List<String> securityEvents(String email) {
		return jdbc.sql("select kind from security_event where lower(email) = lower(:email) order by id")
			.param("email", email)
			.query(String.class)
			.list();
	}

	public void expireTokensOf(String email) {
		jdbc.sql("""
				update account_token set expires_at = now() - interval '1 minute'
				where account_id = (select id from account where lower(email) = lower(:email))""")
			.param("email", email)
			.update();
	}

	public void clearThrottle() {
		jdbc.sql("delete from login_throttle").update();
	}

}
