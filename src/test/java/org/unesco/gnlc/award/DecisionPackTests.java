package org.unesco.gnlc.award;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.unesco.gnlc.DemoUsers;
import org.unesco.gnlc.PortalTest;
import org.unesco.gnlc.award.JuryFixtures.Shortlist;
import org.unesco.gnlc.shared.security.PortalUser;
import org.unesco.gnlc.shared.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The decision pack of a cycle: the leaderboard (latest score of each reviewer, weighted,
 * a conflicted reviewer left out), the ballots, the tally, the selection and the
 * rationale, as a PDF and as a CSV safe to open in a spreadsheet, for UIL only and from
 * the jury phase on.
 */
@PortalTest
class DecisionPackTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JuryFixtures fixtures;

	@Autowired
	Jury jury;

	@Autowired
	Ballots ballots;

	@Autowired
	JurySelection selection;

	@Autowired
	CyclePhases phases;

	@Autowired
	JdbcClient jdbc;

	private static final String RATIONALE = "Plans carried through, with \"every\" partner,\nand learning open to all.";

	private static final String FORMULA_NAME = "=HYPERLINK(\"http://evil.example\",\"x\")";

	/**
	 * A published cycle of two cities: the first scored by two reviewers (80 % and 60 %),
	 * chosen by both jurors.
	 */
	private Shortlist decided() {
		PortalUser kenyan = fixtures.person(Role.JURY_MEMBER, "Wanjiru Kamau", "KE");
		PortalUser formula = fixtures.person(Role.JURY_MEMBER, FORMULA_NAME, "BR");
		Shortlist shortlist = fixtures.shortlist(List.of(kenyan, formula), "AU", "MX");
		PortalUser first = fixtures.person(Role.UIL_REVIEWER, "First reviewer", "DE");
		PortalUser second = fixtures.person(Role.UIL_REVIEWER, "Second reviewer", "FR");
		PortalUser conflicted = fixtures.person(Role.UIL_REVIEWER, "Conflicted reviewer", "AU");
		List<Long> criteria = jdbc.sql("select id from award_criterion where cycle_id = :cycle")
			.param("cycle", shortlist.cycle().id())
			.query(Long.class)
			.list();
		assertThat(criteria).hasSize(8);
		score(shortlist.id(0), first, criteria, 2);
		score(shortlist.id(0), first, criteria, 8); // the latest score counts
		score(shortlist.id(0), second, criteria, 6);
		score(shortlist.id(0), conflicted, criteria, 10);
		jdbc.sql(
				"""
						insert into award_review_assignment (application_id, reviewer_id, assigned_at, assigned_by, conflict_declared_at)
						values (:application, :reviewer, now(), 'Test', now())
						on conflict (application_id, reviewer_id) do update set conflict_declared_at = now()""")
			.param("application", shortlist.id(0))
			.param("reviewer", conflicted.accountId())
			.update();
		ballots.cast(kenyan, shortlist.year(), List.of(shortlist.id(0), shortlist.id(1)), true);
		ballots.cast(formula, shortlist.year(), List.of(shortlist.id(0)), true);
		selection.recordSelection(JuryFixtures.ADMIN, shortlist.year(), List.of(shortlist.id(0)), "Recorded", null);
		phases.publish(JuryFixtures.ADMIN, shortlist.year(), RATIONALE);
		return shortlist;
	}

	/** The reviewer's scores of every criterion, as a submitted review. */
	private void score(long applicationId, PortalUser reviewer, List<Long> criteria, int score) {
		jdbc.sql(
				"""
						insert into award_review_assignment (application_id, reviewer_id, assigned_at, assigned_by, submitted_at)
						values (:application, :reviewer, now(), 'Test', now())
						on conflict (application_id, reviewer_id) do nothing""")
			.param("application", applicationId)
			.param("reviewer", reviewer.accountId())
			.update();
		for (Long criterion : criteria) {
			jdbc.sql("""
					insert into award_score (application_id, reviewer_id, criterion_id, score, scored_at)
					values (:application, :reviewer, :criterion, :score, :at)""")
				.param("application", applicationId)
				.param("reviewer", reviewer.accountId())
				.param("criterion", criterion)
				.param("score", score)
				.param("at", Timestamp.from(Instant.now()))
				.update();
		}
	}

	private String cityName(long applicationId) {
		return jdbc.sql("select c.name from city c join award_application a on a.city_id = c.id where a.id = :id")
			.param("id", applicationId)
			.query(String.class)
			.single();
	}

	@Test
	void thePdfIsAPdfWithTheLeaderboardBallotsSelectionAndRationale() throws Exception {
		Shortlist shortlist = decided();

		MockHttpServletResponse response = mvc
			.perform(get("/award/cycles/{year}/decision-pack.pdf", shortlist.year())
				.with(DemoUsers.signedInAs(Role.UIL_REVIEWER)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();

		assertThat(response.getContentType()).isEqualTo("application/pdf");
		assertThat(response.getHeader("Content-Disposition")).contains("attachment")
			.contains("award-" + shortlist.year() + "-decision-pack-en.pdf");
		byte[] pdf = response.getContentAsByteArray();
		assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("Decision pack: Test Award " + shortlist.year())
				.contains("Leaderboard of the review")
				.contains(cityName(shortlist.id(0)) + " Australia")
				.contains("70.0")
				.contains("20.0")
				.contains("Wanjiru Kamau")
				.contains("Votes per shortlisted city")
				.contains("Final selection")
				.contains("Plans carried through, with \"every\" partner, and learning open to all.");
		}
	}

	@Test
	void theCsvHasAHeaderRowEachPartOfThePackAndNoFormulaForASpreadsheet() throws Exception {
		Shortlist shortlist = decided();

		MockHttpServletResponse response = mvc
			.perform(get("/award/cycles/{year}/decision-pack.csv", shortlist.year()).with(user(JuryFixtures.ADMIN)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();

		assertThat(response.getContentType()).startsWith("text/csv");
		String csv = response.getContentAsString(StandardCharsets.UTF_8);
		List<String> lines = csv.lines().toList();
		assertThat(lines.get(0)).isEqualTo("\uFEFFPart,Reference,City,Country,UNESCO region,State,Reviews,"
				+ "Weighted mean (%),Spread (points),Votes,Juror,Juror's region,Note");
		String first = cityName(shortlist.id(0));
		String second = cityName(shortlist.id(1));
		assertThat(lines).contains("cycle,,,,,,,,,,,,Title: Test Award " + shortlist.year(),
				"cycle,,,,,Published,,,,,,,Awards available: 3");
		assertThat(lines).anySatisfy(line -> assertThat(line).matches("nomination,LCA-\\d+-\\d+," + first
				+ ",Australia,Asia and the Pacific,Award received,2,70\\.0,20\\.0,2,,,"));
		assertThat(lines).anySatisfy(line -> assertThat(line).matches("nomination,LCA-\\d+-\\d+," + second
				+ ",Mexico,Latin America and the Caribbean,Not selected by the jury,0,,,1,,,"));
		assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("ballot,")
			.contains("," + first + ",Australia,")
			.contains(",Wanjiru Kamau,Africa,"));
		// A name a spreadsheet would run as a formula is defused, and quoted for its
		// quotes and comma.
		assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("ballot,")
			.contains(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",Latin America and the Caribbean,"));
		assertThat(csv).doesNotContain(",=HYPERLINK");
		assertThat(lines).anySatisfy(line -> assertThat(line)
			.matches("selection,LCA-\\d+-\\d+," + first + ",Australia,Asia and the Pacific,Award received,,,,,,,"));
		assertThat(csv).contains(
				"rationale,,,,,,,,,,,,\"Plans carried through, with \"\"every\"\" partner,\nand learning open to all.\"\r\n");
	}

	@Test
	void thePackFollowsTheReadersLanguage() throws Exception {
		Shortlist shortlist = decided();

		String csv = mvc
			.perform(get("/award/cycles/{year}/decision-pack.csv", shortlist.year()).param("lang", "fr")
				.with(user(JuryFixtures.ADMIN)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		assertThat(csv).startsWith("\uFEFFPartie,Référence,Ville,Pays,Région de l'UNESCO,État,")
			.contains(",Australie,Asie et Pacifique,");
	}

	@Test
	void onlyUilDownloadsThePackAndOnlyFromTheJuryPhaseOn() throws Exception {
		PortalUser juror = fixtures.juror("KE");
		Shortlist shortlist = fixtures.shortlist(List.of(juror), "AU");
		for (String format : List.of("pdf", "csv")) {
			String url = "/award/cycles/" + shortlist.year() + "/decision-pack." + format;
			for (Role role : List.of(Role.CITY_OFFICIAL, Role.NATCOM_ENDORSER, Role.JURY_MEMBER)) {
				mvc.perform(get(url).with(DemoUsers.signedInAs(role))).andExpect(status().isForbidden());
			}
			mvc.perform(get(url).with(user(juror))).andExpect(status().isForbidden());
			mvc.perform(get(url)).andExpect(status().is3xxRedirection());
			mvc.perform(get(url).with(DemoUsers.signedInAs(Role.UIL_REVIEWER))).andExpect(status().isOk());
			mvc.perform(get(url).with(DemoUsers.signedInAs(Role.UIL_ADMIN))).andExpect(status().isOk());
		}
		Shortlist underReview = fixtures.shortlist(List.of(), "AU");
		jdbc.sql("update award_cycle set state = 'REVIEW' where id = :id")
			.param("id", underReview.cycle().id())
			.update();
		mvc.perform(get("/award/cycles/{year}/decision-pack.csv", underReview.year())
			.with(DemoUsers.signedInAs(Role.UIL_ADMIN))).andExpect(status().isNotFound());
	}

	@Test
	void aPackDuringTheVoteKeepsTheBallotsSecret() throws Exception {
		PortalUser kenyan = fixtures.person(Role.JURY_MEMBER, "Secret Ballot Juror", "KE");
		Shortlist shortlist = fixtures.shortlist(List.of(kenyan, fixtures.juror("BR")), "AU");
		ballots.cast(kenyan, shortlist.year(), List.of(shortlist.id(0)), true);

		String csv = mvc
			.perform(get("/award/cycles/{year}/decision-pack.csv", shortlist.year()).with(user(JuryFixtures.ADMIN)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		assertThat(csv).contains("Jurors who voted: 1/2")
			.doesNotContain("Secret Ballot Juror")
			.doesNotContain("\r\nballot,");
		assertThat(csv.lines().filter(line -> line.startsWith("nomination,"))).singleElement()
			.satisfies(line -> assertThat(line).endsWith(",Shortlisted,0,,,,,,"));
	}

}
