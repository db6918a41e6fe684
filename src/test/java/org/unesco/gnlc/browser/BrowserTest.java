package org.unesco.gnlc.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.FileSystemUtils;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * Drives Debian's headless Chromium through Selenium against the portal on a random port.
 * Chromium and ChromeDriver are taken from the PATH (packages chromium and
 * chromium-driver, installed by .ci/run); where they are absent, browser tests are
 * skipped with a message. Both binaries are named explicitly, so Selenium Manager never
 * tries to download one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "test", "demo" })
abstract class BrowserTest {

	private static final Duration PATIENCE = Duration.ofSeconds(10);

	private static WebDriver driver;

	private static Path profile;

	@LocalServerPort
	int port;

	@BeforeAll
	static void startBrowser() throws IOException {
		Optional<Path> chromium = onPath("chromium", "chromium-browser");
		Optional<Path> chromedriver = onPath("chromedriver");
		Assumptions.assumeTrue(chromium.isPresent() && chromedriver.isPresent(),
				"Browser tests skipped: install Debian's 'chromium' and 'chromium-driver' (apt-get install chromium "
						+ "chromium-driver) to run them; .ci/run does.");
		profile = Files.createTempDirectory("gnlc-chromium-");
		ChromeOptions options = new ChromeOptions().setBinary(chromium.get().toFile())
			.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
					"--disable-background-networking", "--disable-component-update", "--disable-sync",
					"--disable-dev-shm-usage", "--window-size=1280,1000", "--lang=en-GB",
					// Bootstrap scrolls smoothly unless motion is reduced: a click would
					// land mid-scroll.
					"--force-prefers-reduced-motion", "--user-data-dir=" + profile);
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(chromedriver.get().toFile())
			.usingAnyFreePort()
			.build();
		driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
	}

	@AfterAll
	static void stopBrowser() throws IOException {
		if (driver != null) {
			driver.quit();
			driver = null;
		}
		if (profile != null) {
			FileSystemUtils.deleteRecursively(profile);
		}
	}

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void freshVisitor() {
		open("/");
		driver.manage().deleteAllCookies();
		// Every test signs in from 127.0.0.1: start each without earlier failed attempts.
		jdbc.sql("delete from login_throttle").update();
	}

	WebDriver browser() {
		return driver;
	}

	void open(String path) {
		driver.get("http://localhost:" + port + path);
	}

	String heading() {
		return waitFor(By.tagName("h1")).getText();
	}

	WebElement waitFor(By locator) {
		return new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.visibilityOfElementLocated(locator));
	}

	/**
	 * Clicks a link or box; a form's button submits its form with that button, as a click
	 * does (headless Chromium sometimes reports buttons at the window's edge as covered).
	 */
	void click(By locator) {
		WebElement element = waitFor(locator);
		if ("button".equals(element.getTagName())) {
			((JavascriptExecutor) driver).executeScript("arguments[0].form.requestSubmit(arguments[0])", element);
			// Every form answers with a new page: wait until the old one is gone.
			new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.stalenessOf(element));
		}
		else {
			((JavascriptExecutor) driver)
				.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", element);
		}
	}

	void signIn(String email, String password) {
		open("/login");
		driver.findElement(By.id("email")).sendKeys(email);
		driver.findElement(By.id("password")).sendKeys(password);
		driver.findElement(By.cssSelector("main form button[type=submit]")).click();
		new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
	}

	void signOut() {
		driver.findElement(By.cssSelector(".portal-account__signout")).click();
		new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.urlContains("signedOut"));
	}

	private static Optional<Path> onPath(String... names) {
		String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
		return Stream.of(path.split(File.pathSeparator))
			.flatMap(directory -> Stream.of(names).map(name -> Path.of(directory, name)))
			.filter(Files::isExecutable)
			.findFirst();
	}

}
