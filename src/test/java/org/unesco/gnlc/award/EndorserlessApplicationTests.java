package org.unesco.gnlc.award;

import java.time.Duration;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.unesco.gnlc.DemoUsers;
import org.unesco.gnlc.PortalTest;
import org.unesco.gnlc.account.AccountInfo;
import org.unesco.gnlc.account.Accounts;
import org.unesco.gnlc.city.CityInfo;
import org.unesco.gnlc.notification.CapturesMail;
import org.unesco.gnlc.notification.MailCapture;
import org.unesco.gnlc.shared.security.PortalUser;
import org.unesco.gnlc.shared.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.unesco.gnlc.award.AwardApplicationSupport.as;
import static org.unesco.gnlc.award.AwardApplicationSupport.endorserOf;
import static org.unesco.gnlc.award.AwardApplicationSupport.officialOf;

/**
 * A city whose National Commission is not on the portal is told so before it submits;
 * when it submits, UIL's administrators are told, see the application in their list by
 * country and invite the endorser; once the endorser's account is active, the application
 * is in their queue. Each test uses a country of its own, which no other test gives an
 * endorser.
 */
@PortalTest
@CapturesMail
class EndorserlessApplicationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AwardFixtures fixtures;

	@Autowired
	AwardApplicationSupport support;

	@Autowired
	Accounts accounts;

	@Test
	void beforeSubmittingTheCityLearnsWhetherItsNationalCommissionIsOnThePortal() throws Exception {
		AwardCycle cycle = fixtures.cycle(CycleState.OPEN);
		CityInfo without = fixtures.memberCity("MN");
		long withoutId = fixtures.application(cycle, without, ApplicationState.DRAFT).id();
		CityInfo with = fixtures.memberCity("MX");
		long withId = fixtures.application(cycle, with, ApplicationState.DRAFT).id();

		mvc.perform(get("/award/applications/" + withoutId + "/check").with(as(officialOf(without))))
			.andExpect(content().string(containsString("of Mongolia is not on the portal yet. You can still submit")));
		mvc.perform(get("/award/applications/" + withId + "/check").with(as(officialOf(with))))
			.andExpect(content().string(containsString("of Mexico is on the portal: when you submit")));
	}

	@Test
	void aSubmissionWithoutANationalCommissionTellsUilWhichSeesItInItsList() throws Exception {
		AwardCycle cycle = fixtures.cycle(CycleState.OPEN);
		CityInfo city = fixtures.memberCity("IS");
		long id = support.submitted(mvc, officialOf(city), cycle);

		Awaitility.await()
			.atMost(Duration.ofSeconds(60))
			.until(() -> MailCapture.to("admin@demo.example")
				.stream()
				.anyMatch(mail -> MailCapture.subject(mail)
					.contains(city.name() + " submitted, and its National Commission is not on the portal")));
		mvc.perform(get("/award/applications/" + id).with(as(officialOf(city))))
			.andExpect(content().string(containsString("of Iceland is not on the portal yet")));
		mvc.perform(get("/award/national-commissions").with(DemoUsers.signedInAs(Role.UIL_ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"country-IS\"")))
			.andExpect(content().string(containsString(city.name())));
		mvc.perform(get("/award/national-commissions/IS").with(DemoUsers.signedInAs(Role.UIL_REVIEWER)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("name=\"email\""))));
	}

	@Test
	void onlyUilSeesTheListAndOnlyItsAdministratorsInvite() throws Exception {
		AwardCycle cycle = fixtures.cycle(CycleState.OPEN);
		CityInfo city = fixtures.memberCity("MN");
		fixtures.application(cycle, city, ApplicationState.SUBMITTED);

		mvc.perform(get("/award/national-commissions").with(as(officialOf(city)))).andExpect(status().isForbidden());
		mvc.perform(get("/award/national-commissions/MN").with(endorserOf("MN"))).andExpect(status().isForbidden());
		mvc.perform(post("/award/national-commissions/MN/invitation").param("fullName", "Bat Erdene")
			.param("email", "natcom.mn.reviewer@test.example")
			.param("language", "en")
			.with(DemoUsers.signedInAs(Role.UIL_REVIEWER))
			.with(csrf())).andExpect(status().isForbidden());
		assertThat(accounts.byEmail("natcom.mn.reviewer@test.example")).isEmpty();
		mvc.perform(get("/award/national-commissions/FR").with(DemoUsers.signedInAs(Role.UIL_ADMIN)))
			.andExpect(status().isNotFound());
	}

	@Test
	void uilInvitesTheEndorserWhoseQueueThenHoldsTheApplication() throws Exception {
		AwardCycle cycle = fixtures.cycle(CycleState.OPEN);
		CityInfo city = fixtures.memberCity("LU");
		long id = fixtures.application(cycle, city, ApplicationState.SUBMITTED).id();
		// The invitation records who invited: the demo administrator's own account.
		PortalUser admin = accounts.byEmail("admin@demo.example")
			.map(EndorserlessApplicationTests::asUser)
			.orElseThrow();
		String email = "natcom.lu." + UUID.randomUUID().toString().substring(0, 8) + "@test.example";

		mvc.perform(post("/award/national-commissions/LU/invitation").param("fullName", "")
			.param("email", "not an address")
			.param("language", "fr")
			.with(as(admin))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"#fullName\">Enter the full name of the endorser.")))
			.andExpect(content().string(containsString("href=\"#email\">Enter an e-mail address in the form")));
		mvc.perform(post("/award/national-commissions/LU/invitation").param("fullName", "Demo admin's colleague")
			.param("email", "admin@demo.example")
			.param("language", "fr")
			.with(as(admin))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("already has an account on the portal")));

		mvc.perform(post("/award/national-commissions/LU/invitation").param("fullName", "Léa Endorser")
			.param("email", email)
			.param("language", "fr")
			.with(as(admin))
			.with(csrf()))
			.andExpect(redirectedUrl("/award/national-commissions"))
			.andExpect(flash().attribute("success", "award.endorsers.invited"));
		AccountInfo invited = accounts.byEmail(email).orElseThrow();
		assertThat(invited.role()).isEqualTo(Role.NATCOM_ENDORSER);
		assertThat(invited.countryCode()).isEqualTo("LU");
		Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> !MailCapture.to(email).isEmpty());

		// The endorser's account is active (as once they accept): the application is in
		// their queue.
		String endorser = "natcom.lu.active." + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
		accounts.createIfAbsent(endorser, "a long enough password 2026", "Luc Endorser", Role.NATCOM_ENDORSER, null,
				"LU");
		PortalUser active = accounts.byEmail(endorser).map(EndorserlessApplicationTests::asUser).orElseThrow();
		mvc.perform(get("/award/nominations").with(as(active)))
			.andExpect(content().string(containsString("/award/applications/" + id)));
		mvc.perform(get("/award/national-commissions").with(DemoUsers.signedInAs(Role.UIL_ADMIN)))
			.andExpect(content().string(not(containsString("id=\"country-LU\""))));
	}

	private static PortalUser asUser(AccountInfo account) {
		return new PortalUser(account.id(), account.email(), "", account.fullName(), account.role(), account.cityId(),
				account.countryCode(), "en", true);
	}

}
