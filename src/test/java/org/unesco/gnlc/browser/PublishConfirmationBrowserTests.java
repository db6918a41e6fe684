package org.unesco.gnlc.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.unesco.gnlc.account.Accounts;
import org.unesco.gnlc.award.AwardFixtures;
import org.unesco.gnlc.shared.security.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Publishing the recipients cannot be undone, so UIL confirms it on a page of its own (no
 * JavaScript needed) that says what will happen and who is told; going back changes
 * nothing.
 */
class PublishConfirmationBrowserTests extends BrowserTest {

	static final String DEMO_PASSWORD = "learning-cities";

	@Autowired
	Accounts accounts;

	@Autowired
	AwardFixtures fixtures;

	private String cycleState(int year) {
		return jdbc.sql("select state from award_cycle where year = ?").params(year).query(String.class).single();
	}

	@Test
	void publishingTheRecipientsAsksForConfirmationAndGoingBackChangesNothing() {
		String juror = "juror.publish." + Long.toString(System.nanoTime(), 36) + "@test.example";
		accounts.createIfAbsent(juror, "a long enough password 2026", "Amina Juror", Role.JURY_MEMBER, null, "KE");
		AwardFixtures.VotedCycle cycle = fixtures.votedCycle(accounts.byEmail(juror).orElseThrow().id(), "NZ");

		// UIL records the jury's choice as the selection, then asks to publish.
		signIn("admin@demo.example", DEMO_PASSWORD);
		open("/award/cycles/" + cycle.year() + "/jury");
		click(By.id("awarded-" + cycle.applicationId()));
		waitFor(By.cssSelector("form[action$='/jury/selection'] textarea"))
			.sendKeys("The most inclusive plan, carried by every neighbourhood.");
		click(By.cssSelector("form[action$='/jury/selection'] button[type=submit]"));
		click(By.id("selection-confirm"));
		click(By.cssSelector("form[action$='/jury/publish'] button[type=submit]"));

		// The confirmation says what will happen and who is told; nothing is published
		// yet.
		assertThat(heading()).contains("Publish the recipients");
		assertThat(waitFor(By.id("publish-warning")).getText()).contains("cannot be undone");
		assertThat(waitFor(By.id("publish-recipients")).getText()).contains(cycle.cityName());
		assertThat(browser().findElement(By.tagName("main")).getText()).contains("Who is told")
			.contains("receive an e-mail in their language")
			.contains("The most inclusive plan, carried by every neighbourhood.");
		assertThat(cycleState(cycle.year())).isEqualTo("JURY");

		// Going back changes nothing.
		click(By.linkText("No, back to the jury page"));
		waitFor(By.id("publish-heading"));
		assertThat(cycleState(cycle.year())).isEqualTo("JURY");

		// Confirmed, the recipients are published.
		click(By.cssSelector("form[action$='/jury/publish'] button[type=submit]"));
		click(By.id("publish-confirm"));
		assertThat(waitFor(By.cssSelector(".alert-success")).isDisplayed()).isTrue();
		assertThat(cycleState(cycle.year())).isEqualTo("PUBLISHED");
		signOut();

		open("/awards/" + cycle.year());
		assertThat(browser().findElement(By.tagName("main")).getText()).contains(cycle.cityName());
	}

}
