package org.unesco.gnlc.browser;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.unesco.gnlc.account.Accounts;
import org.unesco.gnlc.city.Cities;
import org.unesco.gnlc.city.CityInfo;
import org.unesco.gnlc.notification.CapturesMail;
import org.unesco.gnlc.notification.MailCapture;
import org.unesco.gnlc.shared.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import java.net.URLEncoder;
import org.openqa.selenium.JavascriptExecutor;

/**
 * A city official applies in the browser, the endorser of that country endorses, a UIL
 * reviewer admits the city: the whole membership journey, clicked through as people
 * would.
 */
@CapturesMail
class MembershipJourneyBrowserTests extends BrowserTest {

	static final String PASSWORD = "a long enough password 2026";

	/** In a list of fields: tick this box or radio button rather than type into it. */
	static final String CLICK = "<click>";

	@Autowired
	Accounts accounts;

	@Autowired
	Cities cities;

	@Test
	void anOfficialRegistersAppliesTheEndorserEndorsesAndUilAdmitsTheCityToTheDirectory() throws Exception {
		String suffix = Long.toString(System.nanoTime(), 36);
		String cityName = "Cuzco Test " + suffix;
		String official = "official." + suffix + "@test.example";
		String endorser = "natcom.pe." + suffix + "@test.example";
		accounts.createIfAbsent(endorser, PASSWORD, "Pedro Endorser", Role.NATCOM_ENDORSER, null, "PE");

		// A person registers as the first official of a city new to the portal, and
		// confirms the address.
		open("/");
		browser().findElement(By.linkText("Register a city")).click();
		new Select(waitFor(By.id("country"))).selectByValue("PE");
		click(By.cssSelector("main form button[type=submit]"));
		waitFor(By.id("cityName")).sendKeys(cityName);
		browser().findElement(By.id("fullName")).sendKeys("Rosa Official");
		browser().findElement(By.id("email")).sendKeys(official);
		browser().findElement(By.id("password")).sendKeys(PASSWORD);
		browser().findElement(By.id("passwordConfirmation")).sendKeys(PASSWORD);
		click(By.cssSelector("main form button[type=submit]"));
		assertThat(heading()).isEqualTo("Check your e-mail");
		Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> !MailCapture.to(official).isEmpty());
		open(MailCapture.linkPath(MailCapture.to(official).get(0)));
		click(By.cssSelector("main form button[type=submit]"));
		CityInfo city = cities.inCountry("PE")
			.stream()
			.filter(c -> c.name().equals(cityName))
			.findFirst()
			.orElseThrow();

		// The browser that registered is signed in by the confirmation (D23).
		open("/membership");
		click(By.cssSelector("main form button[type=submit]"));
		assertThat(heading()).isEqualTo("Application for membership");
		String applicationPath = browser().getCurrentUrl().replaceFirst("^https?://[^/]+", "");

		// The check page says what is still to do, each a link to its section; no
		// greyed-out button (D4).
		open(applicationPath + "/check");
		assertThat(browser().findElements(By.cssSelector("ul.missing-list li a"))).hasSize(9);
		assertThat(browser().findElements(By.cssSelector("button[disabled]"))).isEmpty();
		assertThat(browser().findElement(By.id("submit-not-yet")).getText()).contains("nothing is left to do");
		click(By.cssSelector("ul.missing-list li:nth-child(2) a"));
		assertThat(heading()).isEqualTo("2. Mayor");

		fill("city", List.of("website", "https://cuzco.example"));
		fill("mayor", List.of("mayorSalutation", "Mr", "mayorName", "Test Mayor", "mayorTitle", "Mayor of Cuzco"));
		fill("contact",
				List.of("contactName", "Rosa Official", "contactTitle", "Head of Education", "contactOrganisation",
						"Municipality", "contactAddress", "Plaza de Armas", "contactPhone", "+51 84 000000",
						"contactEmail", "learning@cuzco.example", "contactLanguage", CLICK));
		open(applicationPath + "/sections/pledge");
		click(By.id("pledgeBeijingDeclaration"));
		click(By.id("pledgeKeyFeatures"));
		click(By.cssSelector("button[value=complete]"));
		fill("profile",
				List.of("population", "450000", "populationYear", "2024", "areaKm2", "385.1", "areaYear", "2024",
						"gdpCityUsd", "7000", "gdpCityYear", "2023", "gdpCountryUsd", "7100", "gdpCountryYear", "2023",
						"schoolingMen", "10", "schoolingMenYear", "2022", "schoolingWomen", "9.6", "schoolingWomenYear",
						"2022"));
		fill("motivation", List.of("motivation", "We want to learn with the cities of the network."));
		fill("implementation", List.of("implementation", "A learning council meets every month."));
		open(applicationPath + "/sections/challenges");
		for (WebElement challenge : browser().findElements(By.cssSelector("fieldset.challenge"))) {
			((JavascriptExecutor) browser()).executeScript("arguments[0].click();",
					challenge.findElements(By.cssSelector("input[type=radio]")).get(2));
		}
		click(By.cssSelector("button[value=complete]"));
		assertThat(browser().findElements(By.xpath("//strong[contains(@class,'task-status') and text()='Completed']")))
			.hasSize(8);

		open(applicationPath + "/check");
		Path scan = Files.createTempFile("signed-form", ".pdf");
		Files.writeString(scan, "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n",
				StandardCharsets.US_ASCII);
		browser().findElement(By.id("file")).sendKeys(scan.toString());
		click(By.cssSelector("#signature form button[type=submit]"));
		assertThat(waitFor(By.cssSelector(".alert-success")).getText()).contains("signed form is uploaded");
		click(By.cssSelector("section[aria-labelledby=submit-heading] button[type=submit]"));
		assertThat(heading()).isEqualTo("Your application is submitted");
		assertThat(browser().findElement(By.tagName("main")).getText()).containsPattern("GNLC-\\d{4}-\\d{4}");
		signOut();

		signIn(endorser, PASSWORD);
		open("/membership/endorsements");
		browser().findElement(By
			.linkText(browser().findElement(By.xpath("//td[text()='" + city.name() + "']/preceding-sibling::td/a"))
				.getText()))
			.click();
		browser().findElement(By.id("endorse-comment")).sendKeys("Peru's National Commission supports Cuzco.");
		click(By.cssSelector("section[aria-labelledby=endorse-heading] form button[type=submit]"));
		assertThat(waitFor(By.cssSelector(".alert-success")).getText()).contains("endorsed");
		signOut();

		signIn("reviewer@demo.example", "learning-cities");
		open(applicationPath);
		click(By.id("recommendation-RECOMMENDED"));
		click(By.cssSelector("form[action$='/recommendation'] button[type=submit]"));
		browser().findElement(By.id("approve-comment")).sendKeys("Welcome to the network.");
		click(By.cssSelector("form[action$='/approve'] button[type=submit]"));
		// Admission cannot be undone: a page of its own says what will happen and who is
		// told (D18).
		assertThat(heading()).isEqualTo("Admit " + cityName + " to the network?");
		assertThat(browser().findElement(By.tagName("main")).getText()).contains("cannot be undone")
			.contains("National Commission of its country receive an e-mail")
			.contains("Welcome to the network.");
		assertThat(cities.byId(city.id()).orElseThrow().isMember()).isFalse();
		click(By.cssSelector("main form button[type=submit]"));
		assertThat(waitFor(By.cssSelector(".alert-success")).getText()).contains("member of the network");
		signOut();

		assertThat(cities.byId(city.id()).orElseThrow().isMember()).isTrue();

		// A visitor now finds the new member in the public directory.
		open("/cities?q=" + URLEncoder.encode(cityName, StandardCharsets.UTF_8));
		assertThat(browser().findElement(By.tagName("main")).getText()).contains(cityName);

		// Its profile and the open data carry what the application answered (issue 12,
		// D1).
		open("/cities/" + city.slug());
		assertThat(browser().findElement(By.cssSelector("dl.city-figures")).getText()).contains("450,000")
			.contains("385.1")
			.contains("7,000")
			.contains("9.6")
			.contains("https://cuzco.example")
			.contains("Test Mayor, Mayor of Cuzco");
		open("/api/cities?q=" + URLEncoder.encode(cityName, StandardCharsets.UTF_8));
		assertThat(browser().getPageSource()).contains("\"value\":450000").contains("https://cuzco.example");
	}

	private void fill(String section, List<String> fields) {
		open(currentApplication() + "/sections/" + section);
		for (int i = 0; i < fields.size(); i += 2) {
			WebElement field = browser().findElement(By.id(fields.get(i)));
			if (CLICK.equals(fields.get(i + 1))) {
				click(By.id(fields.get(i)));
				continue;
			}
			field.clear();
			field.sendKeys(fields.get(i + 1));
		}
		click(By.cssSelector("button[value=complete]"));
		assertThat(browser().findElements(By.cssSelector(".error-summary"))).as("no error on " + section).isEmpty();
	}

	private String applicationPath;

	private String currentApplication() {
		if (applicationPath == null) {
			applicationPath = browser().getCurrentUrl()
				.replaceFirst("^https?://[^/]+", "")
				.replaceFirst("(/membership/applications/\\d+).*", "$1");
		}
		return applicationPath;
	}

}
