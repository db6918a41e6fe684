package org.unesco.gnlc.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.unesco.gnlc.account.Accounts;
import org.unesco.gnlc.award.AwardFixtures;
import org.unesco.gnlc.city.CityInfo;
import org.unesco.gnlc.shared.security.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Award as a city and its National Commission walk it: the city sees its own steps and then
 * only the published result, never UIL's shortlist or who made it; it downloads the blank
 * Consent Form in its language from the check page.
 */
class AwardCityBrowserTests extends BrowserTest {

	static final String PASSWORD = "a long enough password 2026";

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
		assertThat(page).contains("With the National Commission → Nominated to UIL").doesNotContain("hortlisted")
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
		Object download = ((JavascriptExecutor) browser()).executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				fetch(arguments[0]).then(response => done(response.status + ' ' + response.headers.get('content-type')));
				""", french.getAttribute("href"));
		assertThat(download).isEqualTo("200 application/pdf");
	}

}
