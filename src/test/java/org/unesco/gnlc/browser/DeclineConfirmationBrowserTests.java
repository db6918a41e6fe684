package org.unesco.gnlc.browser;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.unesco.gnlc.award.AwardFixtures;
import org.unesco.gnlc.city.CityInfo;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, D18: a National Commission's "do not nominate" cannot be undone, so the
 * endorser confirms it on a page of its own that says what will happen and who is told;
 * going back changes nothing and keeps the reason typed, and the confirmation is a plain
 * form that works without JavaScript. The recorded outcome, with the reason, is then on
 * the application's timeline.
 */
class DeclineConfirmationBrowserTests extends BrowserTest {

	static final String DEMO_PASSWORD = "learning-cities";

	static final String REASON = "The plan is too recent to show results; apply again next cycle.";

	@Autowired
	AwardFixtures fixtures;

	private String state(long applicationId) {
		return jdbc.sql("select state from award_application where id = ?")
			.params(applicationId)
			.query(String.class)
			.single();
	}

	@Test
	void notNominatingACityAsksForConfirmationGoingBackChangesNothingAndTheOutcomeIsOnTheTimeline() {
		CityInfo city = fixtures.memberCity("MX");
		long id = fixtures.submittedApplication(city);
		By reason = By.id("reason-" + id);
		By doNotNominate = By.cssSelector("form[action$='/award/applications/" + id + "/decline/check'] button");

		// The endorser of Mexico chooses not to nominate the city, with a reason.
		signIn("natcom.mx@demo.example", DEMO_PASSWORD);
		open("/award/nominations");
		waitFor(reason).sendKeys(REASON);
		click(doNotNominate);

		// The confirmation says what will happen and who is told; nothing is recorded
		// yet.
		assertThat(heading()).isEqualTo("Do not nominate " + city.name() + "?");
		assertThat(waitFor(By.id("decline-warning")).getText()).contains("This cannot be undone");
		assertThat(waitFor(By.id("decline-reason")).getText()).isEqualTo(REASON);
		assertThat(waitFor(By.id("decline-told")).getText())
			.isEqualTo("The officials of " + city.name() + " are told by e-mail, with your reason.");
		assertThat(state(id)).isEqualTo("SUBMITTED");

		// Going back changes nothing, and the reason typed is still in its field.
		click(By.id("decline-back"));
		assertThat(waitFor(reason).getDomProperty("value")).isEqualTo(REASON);
		assertThat(state(id)).isEqualTo("SUBMITTED");

		// Confirmed with the page's scripts switched off: both steps are plain forms,
		// submitted by the browser itself.
		HasCdp devtools = (HasCdp) browser();
		devtools.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
		try {
			open("/award/nominations");
			waitFor(reason).sendKeys(REASON);
			waitFor(doNotNominate).click();
			WebElement confirm = waitFor(By.id("decline-confirm"));
			WebElement form = confirm.findElement(By.xpath("ancestor::form"));
			assertThat(form.getAttribute("method")).isEqualTo("post");
			assertThat(form.getAttribute("action")).endsWith("/award/applications/" + id + "/decline");
			assertThat(form.getAttribute("onsubmit")).isNull();
			assertThat(browser().findElements(By.cssSelector("main script"))).isEmpty();
			confirm.click();
			new WebDriverWait(browser(), Duration.ofSeconds(10))
				.until(ExpectedConditions.urlContains("/award/nominations"));
			assertThat(waitFor(By.cssSelector(".alert-success")).getText())
				.isEqualTo("The city is told why it is not nominated.");
		}
		finally {
			devtools.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
		}
		assertThat(state(id)).isEqualTo("NOT_NOMINATED");

		// The outcome and its reason are on the application's timeline.
		open("/award/applications/" + id);
		String timeline = waitFor(By.cssSelector(".timeline")).getText();
		assertThat(timeline).contains("With the National Commission → Not nominated").contains(REASON);
	}

}
