package org.unesco.gnlc.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.unesco.gnlc.account.Accounts;
import org.unesco.gnlc.award.AwardFixtures;
import org.unesco.gnlc.city.CityInfo;
import org.unesco.gnlc.shared.security.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Award as a city and its National Commission walk it: the city sees its own steps
 * and then only the published result, never UIL's shortlist or who made it; it downloads
 * the blank Consent Form in its language from the check page; without its National
 * Commission on the portal, it is told before submitting, and UIL invites the endorser.
 */
class AwardCityBrowserTests extends BrowserTest {

	static final String PASSWORD = "a long enough password 2026";

	static final String DEMO_PASSWORD = "learning-cities";

	@Autowired
	Accounts accounts;

	@Autowired
	AwardFixtures fixtures;

	@Test
	void aShortlistedCitySeesItselfNominatedAndReceivedByUilOnEveryPageItReads() {
		String suffix = Long.toString(System.nanoTime(), 36);
		CityInfo city = fixtures.memberCity("NZ");
		long id = fixtures.shortlistedApplication(city);
		String official = "official." + suffix + "@test.example";
		accounts.createIfAbsent(official, PASSWORD, "Aroha Official", Role.CITY_OFFICIAL, city.id(), "NZ");

		signIn(official, PASSWORD);
		open("/award/applications/" + id);
		String page = browser().findElement(By.tagName("main")).getText();
		assertThat(browser().findElement(By.cssSelector(".state-badge")).getText()).isEqualTo("Nominated to UIL");
		assertThat(page).contains("With the National Commission → Nominated to UIL")
			.doesNotContain("hortlisted")
			.doesNotContain("Fixture UIL");
		open("/my");
		assertThat(browser().findElement(By.tagName("main")).getText()).contains("UIL received the nomination")
			.doesNotContain("shortlist");
		open("/award");
		assertThat(browser().findElement(By.tagName("main")).getText()).contains("Nominated to UIL")
			.doesNotContain("hortlisted");
	}

	@Test
	void aCityDownloadsTheBlankConsentFormInFrenchFromTheCheckPage() {
		String suffix = Long.toString(System.nanoTime(), 36);
		CityInfo city = fixtures.memberCity("MX");
		long id = fixtures.draftApplication(city);
		String official = "official." + suffix + "@test.example";
		accounts.createIfAbsent(official, PASSWORD, "Lucía Official", Role.CITY_OFFICIAL, city.id(), "MX");

		signIn(official, PASSWORD);
		open("/award/applications/" + id + "/check");
		WebElement french = waitFor(By.cssSelector("#consent a[hreflang=fr]"));
		assertThat(french.getText()).isEqualTo("Français");
		Object download = ((JavascriptExecutor) browser()).executeAsyncScript(
				"""
						const done = arguments[arguments.length - 1];
						fetch(arguments[0]).then(response => done(response.status + ' ' + response.headers.get('content-type')));
						""",
				french.getAttribute("href"));
		assertThat(download).isEqualTo("200 application/pdf");
	}

	@Test
	void aCityWithoutItsNationalCommissionOnThePortalIsToldAndUilInvitesTheEndorser() {
		String suffix = Long.toString(System.nanoTime(), 36);
		CityInfo drafting = fixtures.memberCity("AU");
		long draft = fixtures.draftApplication(drafting);
		CityInfo waiting = fixtures.memberCity("AU");
		fixtures.submittedApplication(waiting);
		String official = "official." + suffix + "@test.example";
		accounts.createIfAbsent(official, PASSWORD, "Kylie Official", Role.CITY_OFFICIAL, drafting.id(), "AU");

		signIn(official, PASSWORD);
		open("/award/applications/" + draft + "/check");
		assertThat(waitFor(By.id("national-commission")).getText())
			.contains("The National Commission for UNESCO of Australia is not on the portal yet")
			.contains("You can still submit");
		signOut();

		signIn("admin@demo.example", DEMO_PASSWORD);
		open("/award");
		click(By.linkText("Applications waiting for a National Commission"));
		assertThat(waitFor(By.id("country-AU")).getText()).contains(waiting.name());
		click(By.cssSelector("#country-AU a[href$='/award/national-commissions/AU']"));
		assertThat(heading()).isEqualTo("Invite the National Commission of Australia");
		waitFor(By.id("fullName")).sendKeys("Bruce Endorser");
		waitFor(By.id("email")).sendKeys("natcom.au." + suffix + "@test.example");
		new Select(waitFor(By.id("language"))).selectByValue("en");
		click(By.cssSelector("main form button[type=submit]"));
		assertThat(waitFor(By.cssSelector(".alert-success")).getText()).contains("The invitation is sent");
		assertThat(accounts.byEmail("natcom.au." + suffix + "@test.example")).isPresent();
	}

}
