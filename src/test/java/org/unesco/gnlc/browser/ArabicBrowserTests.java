package org.unesco.gnlc.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

import org.unesco.gnlc.account.Accounts;
import org.unesco.gnlc.city.Cities;
import org.unesco.gnlc.city.CityInfo;
import org.unesco.gnlc.shared.security.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal in Arabic, read from right to left: a visitor finds a city of the Arab
 * States in the directory by its Arabic name and reads its profile; a city official fills
 * and submits a section of the membership application. Each step leaves a screenshot in
 * target/screenshots (arabic-*.png), kept as a test artefact that shows the mirrored
 * layout.
 */
class ArabicBrowserTests extends BrowserTest {

	static final String PASSWORD = "a long enough password 2026";

	@Autowired
	Accounts accounts;

	@Autowired
	Cities cities;

	@Test
	void aVisitorFindsAmmanByItsArabicNameAndReadsItsProfileFromRightToLeft() {
		open("/cities?lang=ar");
		assertThat(heading()).isEqualTo("المدن الأعضاء");
		assertThat(browser().findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
		assertReadsFromRightToLeft();
		snapshot("arabic-directory");

		WebElement search = browser().findElement(By.id("q"));
		search.sendKeys("عمان");
		click(By.cssSelector("main form button[type=submit]"));
		assertThat(browser().findElement(By.tagName("main")).getText()).contains("مدينة عضو واحدة", "الأردن");
		snapshot("arabic-directory-search");

		click(By.linkText("Amman"));
		assertThat(heading()).isEqualTo("Amman");
		String profile = browser().findElement(By.tagName("main")).getText();
		assertThat(profile).contains("جائزة اليونسكو لمدن التعلّم", "الأردن");
		assertReadsFromRightToLeft();
		snapshot("arabic-profile");
	}

	@Test
	void aCityOfficialWritesTheMotivationInArabicAndCompletesTheSection() {
		String suffix = Long.toString(System.nanoTime(), 36);
		CityInfo city = cities.findOrRegister("Salt " + suffix, "JO");
		String official = "official.jo." + suffix + "@test.example";
		accounts.createIfAbsent(official, PASSWORD, "ليلى الأحمد", Role.CITY_OFFICIAL, city.id(), "JO");

		signIn(official, PASSWORD);
		open("/membership?lang=ar");
		assertThat(heading()).isEqualTo("العضوية في الشبكة");
		click(By.cssSelector("main form button[type=submit]"));
		assertThat(heading()).isEqualTo("طلب العضوية");
		assertReadsFromRightToLeft();
		snapshot("arabic-task-list");

		String taskList = browser().getCurrentUrl().replaceFirst("^https?://[^/]+", "");
		open(taskList + "/sections/motivation");
		assertThat(heading()).isEqualTo("6. الدوافع");
		WebElement motivation = browser().findElement(By.id("motivation"));
		motivation.sendKeys("تريد مدينتنا أن تتعلّم مع مدن الشبكة، وأن تشارك تجربتها في محو الأمية منذ عام 2019.");
		snapshot("arabic-section");
		click(By.cssSelector("button[value=complete]"));

		assertThat(browser().findElements(By.cssSelector(".error-summary"))).isEmpty();
		assertThat(waitFor(By.cssSelector(".alert-success")).getText()).isEqualTo("حُفظ القسم واكتمل.");
		assertThat(browser().findElement(By.tagName("main")).getText()).contains("مكتمل");
		snapshot("arabic-section-completed");
	}

	/**
	 * The layout mirrors: the brand stands at the right of the header, and text starts at
	 * the right.
	 */
	private void assertReadsFromRightToLeft() {
		JavascriptExecutor script = (JavascriptExecutor) browser();
		assertThat(script.executeScript("return getComputedStyle(document.body).direction")).isEqualTo("rtl");
		Number width = (Number) script.executeScript("return document.documentElement.clientWidth");
		WebElement brand = browser().findElement(By.cssSelector(".portal-brand"));
		assertThat(brand.getLocation().getX() + brand.getSize().getWidth()).isGreaterThan(width.intValue() / 2);
		WebElement heading = browser().findElement(By.tagName("h1"));
		assertThat(script.executeScript("return getComputedStyle(arguments[0]).textAlign", heading)).isIn("start",
				"right");
	}

	private void snapshot(String name) {
		try {
			Path directory = Files.createDirectories(Path.of("target", "screenshots"));
			Files.write(directory.resolve(name + ".png"),
					((TakesScreenshot) browser()).getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
