package org.unesco.gnlc.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.unesco.gnlc.account.Accounts;
import org.unesco.gnlc.progress.ProgressFixtures;
import org.unesco.gnlc.shared.security.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A progress report clicked through by each person in turn: the city official drafts with
 * the live word counter, completes and submits; a UIL reviewer returns it for completion;
 * the official completes and submits again; the reviewer judges each area of focus and
 * accepts it.
 */
class ProgressReportBrowserTests extends BrowserTest {

	static final String PASSWORD = "a long enough password 2026";

	static final String DEMO_PASSWORD = "learning-cities";

	@Autowired
	Accounts accounts;

	@Autowired
	ProgressFixtures fixtures;

	@Test
	void aCityDraftsAndSubmitsUilReturnsTheCityResubmitsAndUilAcceptsTheReport() {
		String suffix = Long.toString(System.nanoTime(), 36);
		ProgressFixtures.Member city = fixtures.member("PE");
		String official = "official." + suffix + "@test.example";
		accounts.createIfAbsent(official, PASSWORD, "Rosa Official", Role.CITY_OFFICIAL, city.id(), "PE");
		long id = fixtures.reportOf(fixtures.openRound(40, 30), city);
		String report = "/progress-reports/" + id;

		// The official finds the report due, drafts one answer with the live counter,
		// then completes all.
		signIn(official, PASSWORD);
		open("/progress-reports");
		assertThat(browser().findElement(By.tagName("main")).getText()).contains("40 days left");
		click(By.cssSelector("a[href$='" + report + "']"));
		assertThat(heading()).isEqualTo("Progress report");
		click(By.linkText("1.1 Individual empowerment and social cohesion"));
		WebElement answer = waitFor(By.id("answer"));
		answer.sendKeys("Learning festivals in every district.");
		assertThat(browser().findElement(By.id("answer-count")).getText()).contains("5 of 50 words");
		click(By.cssSelector("button[value=draft]"));
		assertThat(browser().findElement(By.tagName("main")).getText()).contains("In progress");
		write(report, "1.1", " They drew 12,000 visitors.");
		write(report, "2.1", "Schools opened their libraries to families.");
		write(report, "3.1", "The council adopted a lifelong learning strategy.");
		open(report + "/check");
		assertThat(browser().findElement(By.tagName("main")).getText()).contains("12,000 visitors");
		click(By.cssSelector("form[action$='/submit'] button"));
		assertThat(browser().findElement(By.tagName("main")).getText()).contains("The report was submitted to UIL");
		signOut();

		// UIL returns it with what to complete.
		signIn("reviewer@demo.example", DEMO_PASSWORD);
		open(report);
		waitFor(By.id("return-reasons")).sendKeys("Please give the number of families for 2.1.");
		click(By.cssSelector("form[action$='/return'] button"));
		assertThat(browser().findElement(By.tagName("main")).getText()).contains("Returned for completion");
		signOut();

		// The official reads why, completes the answer and submits again.
		signIn(official, PASSWORD);
		open(report);
		assertThat(browser().findElement(By.tagName("main")).getText())
			.contains("Please give the number of families for 2.1.");
		write(report, "2.1", " 3,400 families took part.");
		open(report + "/check");
		click(By.cssSelector("form[action$='/submit'] button"));
		signOut();

		// UIL judges each area of focus and accepts the report; the timeline shows every
		// step.
		signIn("reviewer@demo.example", DEMO_PASSWORD);
		open(report);
		for (String code : new String[] { "1-1", "2-1", "3-1" }) {
			new Select(waitFor(By.id("judgements[" + code + "]"))).selectByValue("WELL_EVIDENCED");
		}
		browser().findElement(By.id("message")).sendKeys("A clear report, thank you.");
		click(By.cssSelector("form[action$='/review'] button"));
		assertThat(browser().findElement(By.tagName("main")).getText()).contains("The review was saved");
		click(By.cssSelector("form[action$='/accept'] button"));
		String page = browser().findElement(By.tagName("main")).getText();
		assertThat(page).contains("The report was accepted").contains("Submitted to UIL → Accepted");
		assertThat(jdbc.sql("select state from progress_report where id = ?").param(id).query(String.class).single())
			.isEqualTo("ACCEPTED");
	}

	/** Opens a section, adds to its answer and saves it as complete. */
	private void write(String report, String code, String text) {
		open(report + "/sections/" + code);
		waitFor(By.id("answer")).sendKeys(text);
		click(By.cssSelector("button[value=complete]"));
	}

}
