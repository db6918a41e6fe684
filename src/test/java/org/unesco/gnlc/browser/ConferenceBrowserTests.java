package org.unesco.gnlc.browser;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.unesco.gnlc.DemoUsers;

import static org.assertj.core.api.Assertions.assertThat;
import org.unesco.gnlc.shared.security.Role;

/** A visitor browses and searches the conference records; a UIL reviewer keeps one. */
class ConferenceBrowserTests extends BrowserTest {

	@Test
	void aVisitorBrowsesToWhoModeratedPlenarySession3InMexicoCityAndWhatItWasAbout() {
		open("/");
		click(browser().findElement(By.linkText("Conferences")));
		headingBecomes("International Conferences on Learning Cities");
		click(browser().findElement(By.linkText("2nd International Conference on Learning Cities")));
		headingBecomes("2nd International Conference on Learning Cities");

		WebElement session = browser().findElement(By
			.xpath("//article[h4='Plenary Session 3: Implementing the Key Features of Sustainable Learning Cities']"));
		WebElement moderator = session.findElement(By.xpath(".//dt[.='Moderator']/following-sibling::dd[1]"));
		assertThat(moderator.getText()).startsWith("Mr Walter Hirche, President of the Expert Committee on Education");
		assertThat(session.getText()).contains("measure and evaluate their progress as learning cities",
				"monitoring and evaluation");

		click(moderator.findElement(By.linkText("Mr Walter Hirche")));
		headingBecomes("Mr Walter Hirche");
		assertThat(browser().findElement(By.tagName("main")).getText())
			.contains("Moderator — Plenary Session 3: Implementing the Key Features of Sustainable Learning Cities");
	}

	@Test
	void aVisitorSearchesForSampoSuihkoAndFindsTheSessionsHeSpokeIn() {
		open("/");
		click(browser().findElement(By.linkText("Search")));
		browser().findElement(By.id("q")).sendKeys("Sampo Suihko");
		click(browser().findElement(By.cssSelector("main form[role=search] button[type=submit]")));

		WebElement first = waitFor(By.cssSelector(".search-result"));
		List<String> marked = first.findElements(By.tagName("mark")).stream().map(WebElement::getText).toList();
		assertThat(marked).contains("Sampo", "Suihko");
		click(first.findElement(By.cssSelector("h2 a")));

		headingBecomes("Mr Sampo Suihko");
		String roles = browser().findElement(By.tagName("main")).getText();
		assertThat(roles).contains(
				"Keynote speaker — Plenary Session 2: Strengthening Partnerships and Networks for Developing Sustainable Learning Cities",
				"Award recipient — UNESCO Learning City Award Ceremony",
				"Received the UNESCO Learning City Award 2015 for Espoo");
		click(browser().findElement(By.linkText(
				"Plenary Session 2: Strengthening Partnerships and Networks for Developing Sustainable Learning Cities")));
		new WebDriverWait(browser(), Duration.ofSeconds(10))
			.until(ExpectedConditions.urlContains("/conferences/2#session-"));
		assertThat(browser().getCurrentUrl()).matches(".*/conferences/2#session-\\d+");
		String target = browser().getCurrentUrl().replaceAll(".*#", "");
		assertThat(browser().findElement(By.id(target)).getText())
			.contains("Mr Sampo Suihko, Deputy Mayor of Espoo, Finland");
	}

	@Test
	void aHugeSearchIsAnsweredWithAClearPage() {
		open("/search?q=" + "learning+".repeat(560));
		headingBecomes("Search the portal");
		assertThat(browser().findElement(By.tagName("main")).getText()).contains("Your search is too long");
	}

	@Test
	void aUilReviewerRecordsAConferenceAndKeepsItsAgenda() {
		int number = jdbc.sql("select greatest(coalesce(max(ordinal), 0), 900) + 1 from conference")
			.query(Integer.class)
			.single();
		signIn(DemoUsers.EMAILS.get(Role.UIL_REVIEWER), DemoUsers.PASSWORD);
		click(browser().findElement(By.linkText("Record a new conference")));
		headingBecomes("Record a conference");

		WebElement numberField = browser().findElement(By.id("number"));
		numberField.clear();
		numberField.sendKeys(String.valueOf(number));
		browser().findElement(By.id("year")).sendKeys("2033");
		new Select(browser().findElement(By.id("status"))).selectByVisibleText("Held");
		browser().findElement(By.id("theme")).sendKeys("Learning cities in a browser test");
		browser().findElement(By.id("hostCityName")).sendKeys("Hamburg");
		new Select(browser().findElement(By.id("hostCountryCode"))).selectByVisibleText("Germany");
		setValue("startsOn", "2033-05-10");
		setValue("endsOn", "2033-05-12");
		WebElement zone = browser().findElement(By.id("timeZone"));
		zone.clear();
		zone.sendKeys("Europe/Berlin");
		click(browser().findElement(By.cssSelector("main form button[type=submit]")));

		alertSays("The conference has been recorded.");
		click(browser().findElement(By.linkText("Add an agenda item")));
		addAgendaItem("09:00", "10:00", "Great Hall", "Opening of the conference");
		alertSays("The agenda item has been added.");

		click(browser().findElement(By.linkText("Add an agenda item")));
		addAgendaItem("09:30", "11:00", "Great Hall", "A clashing session");
		assertThat(waitFor(By.cssSelector(".error-summary")).getText())
			.contains("The venue is already taken at that time by \"Opening of the conference\"");
		setValue("startsAt", "10:00");
		click(browser().findElement(By.cssSelector("main form button[type=submit]")));
		alertSays("The agenda item has been added.");

		WebElement second = browser().findElement(By.xpath("//tr[td='A clashing session']"));
		click(second.findElement(By.xpath(".//button[.='Up']")));
		alertSays("The agenda item has been moved.");
		List<String> items = browser().findElements(By.cssSelector("#agenda tbody tr td:nth-child(3)"))
			.stream()
			.map(WebElement::getText)
			.toList();
		assertThat(items).containsExactly("A clashing session", "Opening of the conference");

		assertThat(browser().findElement(By.id("history")).getText()).contains("Demo UIL Reviewer",
				"Moved up · agenda item", "Added · agenda item", "Added · conference");
		click(browser().findElement(By.linkText("View the public record")));
		new WebDriverWait(browser(), Duration.ofSeconds(10))
			.until(ExpectedConditions.not(ExpectedConditions.urlContains("/manage")));
		assertThat(browser().findElement(By.id("agenda")).getText())
			.contains("10:00–11:00 Great Hall A clashing session", "09:00–10:00 Great Hall Opening of the conference");
	}

	private void headingBecomes(String text) {
		new WebDriverWait(browser(), Duration.ofSeconds(10)).until(ExpectedConditions.textToBe(By.tagName("h1"), text));
	}

	private void alertSays(String text) {
		new WebDriverWait(browser(), Duration.ofSeconds(10))
			.until(ExpectedConditions.textToBe(By.cssSelector("[role=status].alert-success"), text));
	}

	private void addAgendaItem(String start, String end, String venue, String title) {
		setValue("day", "2033-05-10");
		setValue("startsAt", start);
		setValue("endsAt", end);
		browser().findElement(By.id("venue")).sendKeys(venue);
		browser().findElement(By.id("title")).sendKeys(title);
		click(browser().findElement(By.cssSelector("main form button[type=submit]")));
	}

	/**
	 * Clicks an element after scrolling it to the middle at once: Bootstrap scrolls
	 * smoothly, and a click during the scroll would land on whatever passes under the
	 * pointer.
	 */
	private void click(WebElement element) {
		((JavascriptExecutor) browser())
			.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
		element.click();
	}

	/**
	 * Date and time inputs take their value in ISO form, whatever the browser's locale
	 * shows.
	 */
	private void setValue(String id, String value) {
		((JavascriptExecutor) browser()).executeScript("arguments[0].value = arguments[1]",
				browser().findElement(By.id(id)), value);
	}

}
