package org.unesco.gnlc.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.unesco.gnlc.account.Accounts;
import org.unesco.gnlc.award.AwardFixtures;
import org.unesco.gnlc.city.CityInfo;
import org.unesco.gnlc.shared.security.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Award as a city and its National Commission walk it: the city sees its own steps and then
 * only the published result, never UIL's shortlist or who made it.
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

}
