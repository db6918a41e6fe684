package org.unesco.gnlc.progress;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.unesco.gnlc.DemoUsers;
import org.unesco.gnlc.PortalTest;
import org.unesco.gnlc.progress.ProgressFixtures.Member;
import org.unesco.gnlc.shared.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A report's journey over HTTP on the real database: UIL opens a round, the city drafts
 * and submits, UIL returns it, the city completes and submits again, UIL reviews and
 * accepts.
 */
@PortalTest
class ProgressJourneyTests {

	static final RequestPostProcessor ADMIN = DemoUsers.signedInAs(Role.UIL_ADMIN);

	static final RequestPostProcessor REVIEWER = DemoUsers.signedInAs(Role.UIL_REVIEWER);

	@Autowired
	MockMvc mvc;

	@Autowired
	ProgressFixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aCityDraftsSubmitsIsReturnedResubmitsAndUilAcceptsItsReport() throws Exception {
		Member city = fixtures.member("PE");
		long round = fixtures.openRound(40, 30);
		long id = fixtures.reportOf(round, city);

		mvc.perform(get("/progress-reports").with(city.official()))
			.andExpect(content().string(containsString("40 days left")));
		mvc.perform(get("/progress-reports/{id}", id).with(city.official()))
			.andExpect(content().string(containsString("Individual empowerment and social cohesion")))
			.andExpect(content().string(containsString("0 of 50 words")));
		answer(city, id, "1.1", 0, "draft", "Learning festivals in every district.");
		mvc.perform(get("/progress-reports/{id}", id).with(city.official()))
			.andExpect(content().string(containsString("5 of 50 words")))
			.andExpect(content().string(containsString("In progress")));
		mvc.perform(post("/progress-reports/{id}/submit", id).with(city.official()).with(csrf()))
			.andExpect(flash().attribute("error", "progress.error.sectionsIncomplete"));

		answer(city, id, "1.1", 1, "complete", "Learning festivals in every district, with 12,000 visitors.");
		answer(city, id, "2.1", 0, "complete", "Schools opened their libraries to families.");
		answer(city, id, "3.1", 0, "complete", "The council adopted a lifelong learning strategy.");
		mvc.perform(get("/progress-reports/{id}/check", id).with(city.official()))
			.andExpect(content().string(containsString("12,000 visitors")));
		mvc.perform(post("/progress-reports/{id}/submit", id).with(city.official()).with(csrf()))
			.andExpect(flash().attribute("success", "progress.submitted"));
		mvc.perform(post("/progress-reports/{id}/submit", id).with(city.official()).with(csrf()))
			.andExpect(flash().attribute("error", "progress.error.alreadySubmitted"));
		assertThat(steps(id)).isEqualTo(2);

		mvc.perform(post("/progress-reports/{id}/return", id).param("reasons", "Add the figures behind 2.1.")
			.with(REVIEWER)
			.with(csrf())).andExpect(flash().attribute("success", "progress.returned"));
		mvc.perform(get("/progress-reports/{id}", id).with(city.official()))
			.andExpect(content().string(containsString("Add the figures behind 2.1.")));
		answer(city, id, "2.1", 1, "complete", "Schools opened their libraries to 3,400 families.");
		mvc.perform(post("/progress-reports/{id}/submit", id).with(city.official()).with(csrf()))
			.andExpect(flash().attribute("success", "progress.submitted"));

		mvc.perform(post("/progress-reports/{id}/accept", id).with(REVIEWER).with(csrf()))
			.andExpect(flash().attribute("error", "progress.error.judgementsMissing"));
		mvc.perform(post("/progress-reports/{id}/review", id).param("version", String.valueOf(version(id)))
			.param("judgements[1.1]", "WELL_EVIDENCED")
			.param("judgements[2.1]", "IN_PROGRESS")
			.param("judgements[3.1]", "WELL_EVIDENCED")
			.param("message", "A clear report.")
			.param("notes", "Internal: check the visitor figure next time.")
			.with(REVIEWER)
			.with(csrf())).andExpect(flash().attribute("success", "progress.review.saved"));
		mvc.perform(post("/progress-reports/{id}/accept", id).with(REVIEWER).with(csrf()))
			.andExpect(flash().attribute("success", "progress.accepted"));

		mvc.perform(get("/progress-reports/{id}", id).with(city.official()))
			.andExpect(content().string(containsString("Accepted")))
			.andExpect(content().string(containsString("A clear report.")))
			.andExpect(content().string(not(containsString("check the visitor figure"))));
		mvc.perform(get("/progress-reports/{id}", id).with(REVIEWER))
			.andExpect(content().string(containsString("check the visitor figure")));
		assertThat(steps(id)).isEqualTo(5);
	}

	@Test
	void submittingSendsTheCityAMailWithItsPdfCopyAndUilItsNotice() throws Exception {
		Member city = fixtures.member("AU");
		long round = fixtures.openRound(40, 30);
		long id = fixtures.reportOf(round, city);
		for (String code : new String[] { "1.1", "2.1", "3.1" }) {
			answer(city, id, code, 0, "complete", "Answer for " + code);
		}
		mvc.perform(post("/progress-reports/{id}/submit", id).with(city.official()).with(csrf()));

		Awaitility.await().untilAsserted(() -> assertThat(mails("progress-report:" + id + ":2:uil")).isPositive());
		byte[] pdf = mvc.perform(get("/progress-reports/{id}/report.pdf", id).with(city.official()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			// A long city name may wrap in the PDF's header: compare the words, not the
			// lines.
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains(city.name()).contains("Answer for 2.1");
		}
	}

	@Test
	void anAnswerOverItsWordLimitIsRefusedOnItsPageWithWhatWasTyped() throws Exception {
		Member city = fixtures.member("PE");
		long id = fixtures.reportOf(fixtures.openRound(40, 30), city);
		String tooLong = "word ".repeat(51).strip();
		mvc.perform(post("/progress-reports/{id}/sections/1.1", id).param("version", "0")
			.param("answer", tooLong)
			.param("action", "complete")
			.with(city.official())
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Your answer has 51 words: shorten it to 50 words at most.")))
			.andExpect(content().string(containsString("href=\"#answer\"")))
			.andExpect(content().string(containsString("word word word")));
		mvc.perform(post("/progress-reports/{id}/sections/1.1", id).param("version", "0")
			.param("answer", "")
			.param("action", "complete")
			.with(city.official())
			.with(csrf())).andExpect(content().string(containsString("Write your answer")));
		assertThat(jdbc.sql("select count(*) from progress_answer where report_id = ?")
			.param(id)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aStaleSaveGetsTheConflictPageAndOverwritesNothing() throws Exception {
		Member city = fixtures.member("PE");
		long id = fixtures.reportOf(fixtures.openRound(40, 30), city);
		answer(city, id, "1.1", 0, "draft", "First editor's text.");
		mvc.perform(post("/progress-reports/{id}/sections/1.1", id).param("version", "0")
			.param("answer", "Second editor's text.")
			.param("action", "draft")
			.with(city.official())
			.with(csrf())).andExpect(status().isConflict());
		assertThat(jdbc.sql("select answer from progress_answer where report_id = ? and focus_code = '1.1'")
			.param(id)
			.query(String.class)
			.single()).isEqualTo("First editor's text.");
	}

	@Test
	void statisticsArePrefilledFromTheProfileAndABadYearIsShownAtItsField() throws Exception {
		Member city = fixtures.member("PE");
		long id = fixtures.reportOf(fixtures.openRound(40, 30), city);
		mvc.perform(get("/progress-reports/{id}/statistics", id).with(city.official())).andExpect(status().isOk());
		mvc.perform(post("/progress-reports/{id}/statistics", id).param("version", "0")
			.param("label", "Adults in learning (%)")
			.param("figure", "31")
			.param("year", "20x4")
			.param("source", "Survey")
			.with(city.official())
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Give the year as four digits")))
			.andExpect(content().string(containsString("href=\"#year[0]\"")));
		mvc.perform(post("/progress-reports/{id}/statistics", id).param("version", "0")
			.param("label", "Adults in learning (%)")
			.param("figure", "31")
			.param("year", "2024")
			.param("source", "Survey")
			.with(city.official())
			.with(csrf())).andExpect(flash().attribute("success", "progress.section.completed"));
		assertThat(jdbc.sql("select year from progress_statistic where report_id = ?")
			.param(id)
			.query(Integer.class)
			.single()).isEqualTo(2024);
	}

	@Test
	void aLinkThatIsNotAWebAddressIsRefused() throws Exception {
		Member city = fixtures.member("PE");
		long id = fixtures.reportOf(fixtures.openRound(40, 30), city);
		mvc.perform(post("/progress-reports/{id}/links", id).param("version", "0")
			.param("links", "https://video.example/festival\njavascript:alert(1)")
			.with(city.official())
			.with(csrf())).andExpect(content().string(containsString("This is not a web address")));
	}

	@Test
	void uilSetsUpARoundSeeingTheMembersDueBeforeOpeningItThenExtendsAndClosesIt() throws Exception {
		Member city = fixtures.member("KE");
		LocalDate today = LocalDate.now();
		String location = mvc
			.perform(post("/admin/progress-rounds").param("version", "0")
				.param("title", "Round of the admin test")
				.param("periodFrom", today.minusYears(2).toString())
				.param("periodTo", today.toString())
				.param("opensOn", today.toString())
				.param("deadline", today.plusDays(60).toString())
				.param("graceDays", "30")
				.param("admittedBy", today.minusYears(1).toString())
				.param("wordLimits[1.1]", "300")
				.param("wordLimits[2.4]", "200")
				.with(ADMIN)
				.with(csrf()))
			.andExpect(flash().attribute("success", "progress.round.saved"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		mvc.perform(get(location).with(ADMIN))
			.andExpect(content().string(containsString(city.name())))
			.andExpect(content().string(containsString("Melton")));
		mvc.perform(post(location + "/open").with(ADMIN).with(csrf()))
			.andExpect(flash().attribute("success", "progress.round.opened"));
		mvc.perform(post(location + "/open").with(ADMIN).with(csrf()))
			.andExpect(flash().attribute("error", "progress.error.roundNotPlanned"));
		mvc.perform(
				post(location + "/extend").param("deadline", today.plusDays(30).toString()).with(ADMIN).with(csrf()))
			.andExpect(flash().attribute("error", "progress.error.deadlineNotLater"));
		mvc.perform(post(location + "/extend").param("deadline", "soon").with(ADMIN).with(csrf()))
			.andExpect(flash().attribute("error", "progress.error.deadlineRequired"));
		mvc.perform(post(location + "/extend").param("deadline", today.plusDays(90).toString())
			.param("reason", "Elections in many cities")
			.with(ADMIN)
			.with(csrf())).andExpect(flash().attribute("success", "progress.round.extended"));
		mvc.perform(post(location + "/close").with(ADMIN).with(csrf()))
			.andExpect(flash().attribute("success", "progress.round.closed"));
		mvc.perform(get(location).with(ADMIN)).andExpect(content().string(containsString("Elections in many cities")));
	}

	@Test
	void aRoundWithBadTermsIsRefusedWithEveryReasonOnItsPage() throws Exception {
		mvc.perform(post("/admin/progress-rounds").param("version", "0")
			.param("title", "")
			.param("periodFrom", "2026-05-01")
			.param("periodTo", "2025-01-01")
			.param("opensOn", "2026-01-01")
			.param("deadline", "2026-06-01")
			.param("graceDays", "30")
			.param("admittedBy", "2025-01-01")
			.param("wordLimits[1.1]", "5")
			.with(ADMIN)
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The period must end after it starts")))
			.andExpect(content().string(containsString("between 20 and 2000 words")))
			.andExpect(content().string(containsString("href=\"#title\"")));
	}

	@Test
	void uilExportsARoundAsCsvAndXlsx() throws Exception {
		Member city = fixtures.member("PE");
		long round = fixtures.openRound(40, 30);
		byte[] csv = mvc.perform(get("/progress-reports/rounds/{id}/reports.csv", round).with(REVIEWER))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(new String(csv, StandardCharsets.UTF_8)).contains(city.name()).contains("Area of focus 2.1");
		byte[] xlsx = mvc.perform(get("/progress-reports/rounds/{id}/reports.xlsx", round).with(ADMIN))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(workbook.getSheetAt(0).getPhysicalNumberOfRows()).isGreaterThan(1);
		}
	}

	private void answer(Member city, long id, String code, long version, String action, String text) throws Exception {
		mvc.perform(post("/progress-reports/{id}/sections/{code}", id, code).param("version", String.valueOf(version))
			.param("answer", text)
			.param("action", action)
			.with(city.official())
			.with(csrf())).andExpect(redirectedUrl("/progress-reports/" + id));
	}

	private long steps(long id) {
		return jdbc.sql("select count(*) from progress_transition where report_id = ?")
			.param(id)
			.query(Long.class)
			.single();
	}

	private long version(long id) {
		return jdbc.sql("select version from progress_report where id = ?").param(id).query(Long.class).single();
	}

	private long mails(String eventKey) {
		return jdbc.sql("select count(*) from outbox_mail where event_key = ?")
			.param(eventKey)
			.query(Long.class)
			.single();
	}

}
