package org.unesco.gnlc.browser;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.unesco.gnlc.account.Accounts;
import org.unesco.gnlc.award.AwardFixtures;
import org.unesco.gnlc.city.CityInfo;
import org.unesco.gnlc.shared.security.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Award from application to announcement, clicked through by each person in turn: a
 * city official applies, the National Commission nominates, UIL assigns two reviewers who
 * score, UIL shortlists and convenes the jury, the juror votes, UIL records the selection
 * and publishes, and a visitor finds the city among the recipients.
 */
class AwardJourneyBrowserTests extends BrowserTest {

	static final String PASSWORD = "a long enough password 2026";

	static final String DEMO_PASSWORD = "learning-cities";

	@Autowired
	Accounts accounts;

	@Autowired
	AwardFixtures fixtures;

	@Test
	void aCityAppliesIsNominatedReviewedShortlistedVotedForAndPublishedAsARecipient() throws Exception {
		String suffix = Long.toString(System.nanoTime(), 36);
		AwardFixtures.CycleRef cycle = fixtures.openCycle();
		long cycleId = cycle.id();
		int year = cycle.year();
		CityInfo city = fixtures.memberCity("NZ");
		String official = "official." + suffix + "@test.example";
		String endorser = "natcom.nz." + suffix + "@test.example";
		String juror = "juror." + suffix + "@test.example";
		accounts.createIfAbsent(official, PASSWORD, "Aroha Official", Role.CITY_OFFICIAL, city.id(), "NZ");
		accounts.createIfAbsent(endorser, PASSWORD, "Nikau Endorser", Role.NATCOM_ENDORSER, null, "NZ");
		accounts.createIfAbsent(juror, PASSWORD, "Wanjiru Juror", Role.JURY_MEMBER, null, "KE");

		// The city official starts the application, writes every section, signs and
		// submits.
		signIn(official, PASSWORD);
		open("/award");
		click(By.cssSelector("form[action$='/award/cycles/" + cycleId + "/applications'] button"));
		long applicationId = jdbc.sql("select id from award_application where city_id = ? and cycle_id = ?")
			.params(city.id(), cycleId)
			.query(Long.class)
			.single();
		String application = "/award/applications/" + applicationId;
		open(application + "/sections/profile");
		type(List.of("mayorName", "Tama Mayor", "mayorTitle", "Mayor of " + city.name(), "contactName",
				"Aroha Official", "contactTitle", "Learning city lead", "contactEmail", official, "contactPhone",
				"+64 4 000 0000", "population", "210000", "summary", "Learning in every neighbourhood."));
		completeAndSave();
		List<Long> criteria = jdbc.sql("select id from award_criterion where cycle_id = ? order by position")
			.param(cycleId)
			.query(Long.class)
			.list();
		for (Long criterion : criteria) {
			open(application + "/sections/criteria/" + criterion);
			type(List.of("answer", "What " + city.name() + " achieved on criterion " + criterion + "."));
			completeAndSave();
		}
		assertThat(browser().findElements(By.cssSelector(".task-status--completed"))).hasSize(criteria.size() + 1);
		open(application + "/check");
		upload("signed-file", "/signed-form");
		upload("consent-file", "/consent-form");
		click(By.cssSelector("form[action$='/submit'] button"));
		assertThat(browser().findElement(By.tagName("main")).getText()).containsPattern("LCA-\\d{4}-\\d{4}");
		signOut();

		// The National Commission of New Zealand nominates it with a note.
		signIn(endorser, PASSWORD);
		open("/award/nominations");
		waitFor(By.id("note-" + applicationId)).sendKeys("Our strongest learning city this year.");
		click(By.cssSelector("form[action$='" + application + "/nominate'] button"));
		assertThat(waitFor(By.cssSelector(".alert-success")).isDisplayed()).isTrue();
		// The Commission has no say in the review: a clear page in its language, not a
		// raw error.
		open("/award/cycles/" + year + "/leaderboard");
		assertThat(heading()).isEqualTo("You cannot open this page");
		assertThat(browser().findElement(By.tagName("main")).getText()).doesNotContain("??");
		signOut();

		// UIL assigns two reviewers, each scores every criterion and submits.
		List<Long> reviewers = List.of(accounts.byEmail("reviewer@demo.example").orElseThrow().id(),
				accounts.byEmail("reviewer2@demo.example").orElseThrow().id());
		signIn("admin@demo.example", DEMO_PASSWORD);
		for (Long reviewer : reviewers) {
			open("/award/cycles/" + year + "/assignments");
			new Select(waitFor(By.id("reviewer-" + applicationId))).selectByValue(String.valueOf(reviewer));
			click(By.cssSelector("#nomination-" + applicationId + " form[action$='/assignments'] button"));
		}
		signOut();
		int score = 7;
		for (String reviewer : List.of("reviewer@demo.example", "reviewer2@demo.example")) {
			long assignment = jdbc.sql("""
					select r.id from award_review_assignment r join account a on a.id = r.reviewer_id
					where r.application_id = ? and a.email = ?
					""").params(applicationId, reviewer).query(Long.class).single();
			signIn(reviewer, DEMO_PASSWORD);
			open("/award/review/" + assignment);
			for (int i = 0; i < criteria.size(); i++) {
				WebElement field = waitFor(By.id("entries[" + i + "]-score"));
				field.clear();
				field.sendKeys(String.valueOf(score));
			}
			click(By.cssSelector("form[action$='/scores'] button"));
			assertThat(waitFor(By.cssSelector(".alert-success")).isDisplayed()).isTrue();
			signOut();
			score++;
		}

		// UIL closes the nominations, shortlists the city, convenes the jury and seats
		// the juror.
		signIn("admin@demo.example", DEMO_PASSWORD);
		open("/admin/award-cycles/" + cycleId);
		click(By.cssSelector("form[action$='/close-nominations'] button"));
		assertThat(waitFor(By.cssSelector(".alert-success")).isDisplayed()).isTrue();
		open("/award/cycles/" + year + "/leaderboard");
		assertThat(waitFor(By.id("nomination-" + applicationId)).getText()).contains(city.name()).contains("75");
		click(By.cssSelector("#nomination-" + applicationId + " form[action$='/leaderboard/shortlist'] button"));
		click(By.cssSelector("form[action$='/leaderboard/convene-jury'] button"));
		click(By.id("convene-confirm"));
		assertThat(waitFor(By.cssSelector(".alert-success")).isDisplayed()).isTrue();
		open("/award/cycles/" + year + "/jury");
		new Select(waitFor(By.id("accountId")))
			.selectByValue(String.valueOf(accounts.byEmail(juror).orElseThrow().id()));
		click(By.cssSelector("form[action$='/jury/members'] button"));
		signOut();

		// The juror reads the dossier and votes.
		signIn(juror, PASSWORD);
		open(application);
		assertThat(browser().findElement(By.tagName("main")).getText()).contains("Our strongest learning city");
		open("/award/jury/" + year);
		click(By.id("choice-" + applicationId));
		click(By.id("confirmed"));
		click(By.cssSelector("#ballot button[type=submit]"));
		assertThat(waitFor(By.id("ballot-status")).getText()).isNotBlank();
		signOut();

		// UIL records the jury's selection with its rationale and publishes it.
		signIn("admin@demo.example", DEMO_PASSWORD);
		open("/award/cycles/" + year + "/jury");
		click(By.id("awarded-" + applicationId));
		waitFor(By.cssSelector("form[action$='/jury/selection'] textarea"))
			.sendKeys("A city-wide commitment to learning, carried by every neighbourhood.");
		click(By.cssSelector("form[action$='/jury/selection'] button[type=submit]"));
		click(By.id("selection-confirm"));
		click(By.cssSelector("form[action$='/jury/publish'] button[type=submit]"));
		click(By.id("publish-confirm"));
		signOut();

		// A visitor finds the city among the cycle's recipients, linked to its profile.
		open("/awards/" + year);
		assertThat(browser().findElement(By.tagName("main")).getText()).contains(city.name());
		assertThat(browser().findElements(By.cssSelector("main a[href$='/cities/" + city.slug() + "']"))).isNotEmpty();
	}

	private void type(List<String> fields) {
		for (int i = 0; i < fields.size(); i += 2) {
			WebElement field = waitFor(By.id(fields.get(i)));
			field.clear();
			field.sendKeys(fields.get(i + 1));
		}
	}

	private void completeAndSave() {
		WebElement complete = waitFor(By.id("complete"));
		if (!complete.isSelected()) {
			click(By.id("complete"));
		}
		click(By.cssSelector("main form button[type=submit]"));
		assertThat(browser().findElements(By.cssSelector(".error-summary"))).isEmpty();
	}

	private void upload(String input, String action) throws Exception {
		Path scan = Files.createTempFile("scan", ".pdf");
		Files.writeString(scan, "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n",
				StandardCharsets.US_ASCII);
		waitFor(By.id(input)).sendKeys(scan.toString());
		click(By.cssSelector("form[action$='" + action + "'] button"));
		assertThat(waitFor(By.cssSelector(".alert-success")).isDisplayed()).isTrue();
	}

}
