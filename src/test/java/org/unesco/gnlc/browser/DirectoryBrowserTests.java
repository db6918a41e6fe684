package org.unesco.gnlc.browser;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.unesco.gnlc.DemoUsers;

import static org.assertj.core.api.Assertions.assertThat;
import org.unesco.gnlc.shared.security.Role;

/**
 * A visitor finds a member city and opens its profile; an official keeps their city's
 * profile up to date.
 */
class DirectoryBrowserTests extends BrowserTest {

	private static final Duration PATIENCE = Duration.ofSeconds(10);

	@AfterEach
	void restoreMelton() {
		jdbc.sql("update city set website = null where slug = 'melton'").update();
		jdbc.sql("delete from city_profile_change where city_id = (select id from city where slug = 'melton')")
			.update();
	}

	@Test
	void aVisitorSearchesFiltersAndOpensAProfile() {
		open("/cities");
		assertThat(heading()).isEqualTo("Member cities");

		browser().findElement(By.id("q")).sendKeys("ybycui", Keys.ENTER);
		waitUntilTextIs(By.cssSelector(".directory-count strong"), "1 member city");
		assertThat(browser().findElement(By.cssSelector(".directory-table tbody")).getText()).contains("Ybycuí")
			.contains("Paraguay");
		// The filters live in the address, so the result can be bookmarked and shared.
		assertThat(browser().getCurrentUrl()).contains("q=ybycui");

		// With htmx, choosing in a list refreshes the results in place (without it, the
		// button does).
		browser().findElement(By.id("q")).clear();
		new Select(browser().findElement(By.id("region"))).selectByVisibleText("Africa");
		waitUntilTextIs(By.cssSelector(".directory-count strong"), "5 member cities");
		assertThat(browser().getCurrentUrl()).contains("region=AFRICA");
		assertThat(browser().findElement(By.cssSelector(".directory-table tbody")).getText()).contains("Bahir Dar")
			.doesNotContain("Melton");

		new Select(browser().findElement(By.id("award"))).selectByVisibleText("UNESCO Learning City Award 2015");
		waitUntilTextIs(By.cssSelector(".directory-count strong"), "1 member city");

		clickInView(By.linkText("Bahir Dar"));
		assertThat(heading()).isEqualTo("Bahir Dar");
		assertThat(browser().findElement(By.tagName("main")).getText()).contains("318,429")
			.contains("Tesfaye Shiferaw")
			.contains("Ethiopia");
		assertThat(
				browser().findElement(By.cssSelector("script[type='application/ld+json']")).getAttribute("innerHTML"))
			.contains("\"@type\":\"City\"")
			.contains("\"name\":\"Bahir Dar\"");
	}

	@Test
	void aColumnHeaderSortsAndTheNextPageKeepsTheOrder() {
		open("/cities");
		clickInView(By.linkText("Population"));
		new WebDriverWait(browser(), PATIENCE).until(ExpectedConditions.urlContains("sort=population"));
		waitUntilTextIs(By.cssSelector(".directory-table tbody tr th"), "Beijing");
		clickInView(By.linkText("Next"));
		new WebDriverWait(browser(), PATIENCE).until(ExpectedConditions.urlContains("page=2"));
		assertThat(browser().getCurrentUrl()).contains("sort=population");
	}

	@Test
	void anOfficialUpdatesTheirCitysProfileAndSeesTheChangeRecorded() {
		signIn(DemoUsers.EMAILS.get(Role.CITY_OFFICIAL), DemoUsers.PASSWORD);
		open("/cities/melton");
		clickInView(By.linkText("Edit the public profile"));
		assertThat(heading()).isEqualTo("Public profile of Melton");
		browser().findElement(By.id("website")).sendKeys("https://learning.melton.example");
		clickInView(By.cssSelector("main form button[type=submit]"));
		assertThat(waitFor(By.cssSelector(".alert-success")).getText()).isEqualTo("The profile has been saved.");
		assertThat(browser().findElement(By.linkText("https://learning.melton.example")).isDisplayed()).isTrue();
		assertThat(browser().findElement(By.cssSelector(".city-history")).getText()).contains("Official website");
	}

	/**
	 * Clicks an element once it is in the middle of the window (the page may be longer
	 * than the window).
	 */
	private void clickInView(By locator) {
		var element = new WebDriverWait(browser(), PATIENCE).until(ExpectedConditions.elementToBeClickable(locator));
		((JavascriptExecutor) browser())
			.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
		element.click();
	}

	private void waitUntilTextIs(By locator, String text) {
		new WebDriverWait(browser(), PATIENCE).until(ExpectedConditions.textToBe(locator, text));
	}

}
