package org.unesco.gnlc.browser;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.unesco.gnlc.DemoUsers;

import static org.assertj.core.api.Assertions.assertThat;

class SignInAndLanguageBrowserTests extends BrowserTest {

	@ParameterizedTest(name = "{0} signs in and sees the dashboard of a {1}")
	@CsvSource({ "melton@demo.example, City official, Melton",
			"natcom.mx@demo.example, National Commission endorser, Mexican Commission for Cooperation with UNESCO",
			"reviewer@demo.example, UIL reviewer, Review and score", "jury@demo.example, Jury member, cast your vote",
			"admin@demo.example, UIL administrator, Correct countries" })
	void eachDemoAccountSignsInAndSeesItsOwnDashboard(String email, String role, String particular) {
		signIn(email, DemoUsers.PASSWORD);
		assertThat(browser().getCurrentUrl()).endsWith("/my");
		assertThat(heading()).startsWith("Welcome");
		String dashboard = browser().findElement(By.tagName("main")).getText();
		assertThat(dashboard).contains(role).contains(particular);
		signOut();
		assertThat(browser().findElement(By.tagName("main")).getText()).contains("You have signed out.");
	}

	@Test
	void aVisitorSwitchesToFrenchAndTheChoiceStays() {
		open("/");
		browser().findElement(By.linkText("Français")).click();
		assertThat(browser().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("fr");
		assertThat(heading()).isEqualTo("Des villes où chacun continue d'apprendre");
		browser().findElement(By.linkText("Caractéristiques clés")).click();
		assertThat(heading()).isEqualTo("Caractéristiques clés des villes apprenantes");
		assertThat(browser().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("fr");
	}

	@Test
	void aWrongPasswordIsExplainedOnTheSignInPage() {
		open("/login");
		browser().findElement(By.id("email")).sendKeys("melton@demo.example");
		browser().findElement(By.id("password")).sendKeys("wrong password");
		browser().findElement(By.cssSelector("main form button[type=submit]")).click();
		assertThat(waitFor(By.id("sign-in-problem")).getText()).contains("not right");
	}

}
