package org.unesco.gnlc.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.unesco.gnlc.account.AccountFixtures;
import org.unesco.gnlc.account.AuthenticatorApp;
import org.unesco.gnlc.notification.CapturesMail;
import org.unesco.gnlc.notification.MailCapture;
import org.unesco.gnlc.shared.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A person's way through accounts in Chromium, the e-mails caught by GreenMail:
 * registering and confirming the address, resetting a password, an invited endorser
 * signing in, and turning on two-step verification. Run with -Dgnlc.screenshots=true to
 * keep a picture of each step in target/screenshots.
 */
@CapturesMail
class AccountBrowserTests extends BrowserTest {

	private static final Duration PATIENCE = Duration.ofSeconds(15);

	@Autowired
	ApplicationContext context;

	@Test
	void aCityOfficialRegistersAndIsSignedInByConfirmingTheirAddressFromTheEmail() {
		String email = AccountFixtures.uniqueEmail("browser-register");
		String city = AccountFixtures.uniqueName("Lakeview");
		open("/");
		browser().findElement(By.linkText("Register a city")).click();
		new Select(waitFor(By.id("country"))).selectByValue("CA");
		browser().findElement(By.cssSelector("main form button[type=submit]")).click();
		waitFor(By.id("cityName")).sendKeys(city);
		browser().findElement(By.id("fullName")).sendKeys("Chloé Tremblay");
		browser().findElement(By.id("email")).sendKeys(email);
		browser().findElement(By.id("password")).sendKeys(AccountFixtures.PASSWORD);
		browser().findElement(By.id("passwordConfirmation")).sendKeys(AccountFixtures.PASSWORD);
		new Select(browser().findElement(By.id("preferredLanguage"))).selectByValue("fr");
		snapshot("register");
		browser().findElement(By.cssSelector("main form button[type=submit]")).click();
		assertThat(heading()).isEqualTo("Check your e-mail");

		MimeMessage mail = mailTo(email);
		assertThat(MailCapture.subject(mail)).isEqualTo("Confirmez votre adresse électronique pour le portail GNLC");
		open(MailCapture.linkPath(mail));
		// the page reached from a French mail is in French
		assertThat(heading()).isEqualTo("Confirmer votre adresse électronique");
		browser().findElement(By.cssSelector("main form button[type=submit]")).click();
		assertThat(waitFor(By.cssSelector(".alert-success")).getText())
			.contains("Votre adresse électronique est confirmée");
		// D23: the browser that registered is signed in by the link, without the password
		// again.
		assertThat(heading()).isEqualTo("Bienvenue, Chloé Tremblay");
		assertThat(browser().findElement(By.tagName("html")).getAttribute("lang")).as("the preferred language")
			.isEqualTo("fr");
	}

	@Test
	void aPersonWhoForgotTheirPasswordChoosesANewOneThroughTheLinkInTheEmail() {
		String email = AccountFixtures.uniqueEmail("browser-forgot");
		AccountFixtures.of(context).account(email, Role.JURY_MEMBER, null, "KE");
		open("/login");
		browser().findElement(By.linkText("Forgotten your password?")).click();
		waitFor(By.id("email")).sendKeys(email);
		browser().findElement(By.cssSelector("main form button[type=submit]")).click();
		assertThat(heading()).isEqualTo("Check your e-mail");

		open(MailCapture.linkPath(mailTo(email)));
		assertThat(heading()).isEqualTo("Choose a new password");
		String newPassword = "the long road from Espoo to Cork";
		browser().findElement(By.id("password")).sendKeys(newPassword);
		browser().findElement(By.id("passwordConfirmation")).sendKeys(newPassword);
		browser().findElement(By.cssSelector("main form button[type=submit]")).click();
		assertThat(waitFor(By.cssSelector(".alert-success")).getText()).contains("Your new password is saved");

		signIn(email, newPassword);
		assertThat(browser().getCurrentUrl()).endsWith("/my");
	}

	@Test
	void anAdministratorInvitesAnEndorserWhoChoosesAPasswordAndSignsIn() {
		String email = AccountFixtures.uniqueEmail("browser-endorser");
		signIn("admin@demo.example", "learning-cities");
		open("/admin/invitations");
		waitFor(By.id("email")).sendKeys(email);
		browser().findElement(By.id("fullName")).sendKeys("Rosa Invitada");
		new Select(browser().findElement(By.id("role"))).selectByValue("NATCOM_ENDORSER");
		new Select(browser().findElement(By.id("countryCode"))).selectByValue("MX");
		new Select(browser().findElement(By.id("preferredLanguage"))).selectByValue("es");
		snapshot("invite");
		browser().findElement(By.cssSelector("main form button[type=submit]")).click();
		assertThat(waitFor(By.cssSelector(".alert-success")).getText()).contains("The invitation has been sent.");
		assertThat(browser().findElement(By.tagName("main")).getText()).contains(email);
		signOut();

		MimeMessage mail = mailTo(email);
		assertThat(MailCapture.subject(mail)).isEqualTo("Su invitación al portal GNLC");
		open(MailCapture.linkPath(mail));
		// the page reached from a Spanish mail is in Spanish
		assertThat(heading()).isEqualTo("Bienvenido al portal GNLC");
		assertThat(browser().findElement(By.tagName("main")).getText()).contains("Avalista de la Comisión Nacional");
		browser().findElement(By.id("password")).sendKeys(AccountFixtures.PASSWORD);
		browser().findElement(By.id("passwordConfirmation")).sendKeys(AccountFixtures.PASSWORD);
		snapshot("accept-invitation");
		browser().findElement(By.cssSelector("main form button[type=submit]")).click();

		// signed in at once, on their dashboard
		assertThat(heading()).isEqualTo("Bienvenido/a, Rosa Invitada");
		assertThat(browser().findElement(By.tagName("main")).getText())
			.contains("Mexican Commission for Cooperation with UNESCO");
	}

	@Test
	void aPersonTurnsOnTwoStepVerificationAndThenSignsInWithACodeFromTheirApp() {
		String email = AccountFixtures.uniqueEmail("browser-2fa");
		AccountFixtures.of(context).account(email, Role.JURY_MEMBER, null, "KE");
		signIn(email, AccountFixtures.PASSWORD);
		browser().findElement(By.linkText("Two-step verification and recovery codes")).click();
		assertThat(heading()).isEqualTo("Two-step verification");
		browser().findElement(By.cssSelector("main form button[type=submit]")).click();
		WebElement qr = waitFor(By.cssSelector("svg.two-factor-qr"));
		assertThat(qr.isDisplayed()).isTrue();
		snapshot("two-factor-setup");
		AuthenticatorApp app = AuthenticatorApp.enrolledFrom(browser().getPageSource());
		// Enter sends the form, as a person typing the code would.
		browser().findElement(By.id("code")).sendKeys(app.code(), Keys.ENTER);
		assertThat(heading()).isEqualTo("Your recovery codes");
		assertThat(browser().findElements(By.cssSelector("#recovery-codes li"))).hasSize(10);
		snapshot("recovery-codes");
		browser().findElement(By.linkText("I have kept my codes: continue")).click();
		assertThat(waitFor(By.id("two-factor-state")).getText()).isEqualTo("Two-step verification is on.");
		assertThat(MailCapture.subject(mailTo(email)))
			.isEqualTo("Two-step verification is on for your GNLC Portal account");
		signOut();

		open("/login");
		browser().findElement(By.id("email")).sendKeys(email);
		browser().findElement(By.id("password")).sendKeys(AccountFixtures.PASSWORD);
		browser().findElement(By.cssSelector("main form button[type=submit]")).click();
		new WebDriverWait(browser(), PATIENCE).until(ExpectedConditions.urlContains("/login/two-factor"));
		assertThat(heading()).isEqualTo("Two-step verification");
		snapshot("two-factor-challenge");
		browser().findElement(By.id("code")).sendKeys(app.code(1), Keys.ENTER);
		new WebDriverWait(browser(), PATIENCE).until(ExpectedConditions.urlContains("/my"));
		assertThat(heading()).startsWith("Welcome");
	}

	private MimeMessage mailTo(String email) {
		await().atMost(PATIENCE).until(() -> !MailCapture.to(email).isEmpty());
		List<MimeMessage> messages = MailCapture.to(email);
		return messages.get(messages.size() - 1);
	}

	private void snapshot(String name) {
		if (!Boolean.getBoolean("gnlc.screenshots")) {
			return;
		}
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
