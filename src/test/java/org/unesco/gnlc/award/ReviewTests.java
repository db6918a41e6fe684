package org.unesco.gnlc.award;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.unesco.gnlc.DemoUsers;
import org.unesco.gnlc.PortalTest;
import org.unesco.gnlc.award.ReviewViews.AssignmentPage;
import org.unesco.gnlc.award.ReviewViews.NominationAssignments;
import org.unesco.gnlc.city.CityInfo;
import org.unesco.gnlc.shared.security.PortalUser;
import org.unesco.gnlc.shared.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import org.assertj.core.data.Offset;
import org.springframework.data.domain.Page;

/**
 * The UIL review: UIL_ADMIN assigns reviewers (never of the city's country, never one who
 * declared a conflict), reviewers declare conflicts or score every criterion, scores are
 * only ever added, and a reviewer reads the others' scores only after submitting their
 * own.
 */
@PortalTest
class ReviewTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AwardFixtures fixtures;

	@Autowired
	ReviewTestSupport support;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReviewDashboard dashboard;

	private final PortalUser admin = DemoUsers.person(Role.UIL_ADMIN);

	private AwardApplication nomination(AwardCycle cycle, String countryCode) {
		CityInfo city = fixtures.memberCity(countryCode);
		return fixtures.application(cycle, city, ApplicationState.NOMINATED);
	}

	private MvcResult assign(AwardCycle cycle, AwardApplication application, PortalUser reviewer) throws Exception {
		return mvc
			.perform(post("/award/cycles/{year}/assignments", cycle.year()).with(csrf())
				.with(user(admin))
				.param("applicationId", String.valueOf(application.id()))
				.param("reviewerId", String.valueOf(reviewer.accountId())))
			.andReturn();
	}

	@Test
	void theAdminAssignsTwoReviewersAndTheNominationIsNoLongerShortOfReviewers() throws Exception {
		AwardCycle cycle = fixtures.cycle(CycleState.OPEN);
		AwardApplication espoo = nomination(cycle, "FI");
		PortalUser german = support.reviewer("DE");
		PortalUser canadian = support.reviewer("CA");

		mvc.perform(get("/award/cycles/{year}/assignments", cycle.year()).with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("fewer than two reviewers")))
			.andExpect(content().string(containsString("No reviewer yet: at least two are needed.")));

		assertThat(assign(cycle, espoo, german).getFlashMap().get("success")).isEqualTo("award.review.assigned");
		assertThat(assign(cycle, espoo, canadian).getFlashMap().get("success")).isEqualTo("award.review.assigned");

		MvcResult page = mvc.perform(get("/award/cycles/{year}/assignments", cycle.year()).with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("fewer than two reviewers"))))
			.andReturn();
		@SuppressWarnings("unchecked")
		List<NominationAssignments> rows = ((Page<NominationAssignments>) page.getModelAndView()
			.getModel()
			.get("nominations")).getContent();
		assertThat(rows).singleElement().satisfies(row -> {
			assertThat(row.active()).isEqualTo(2);
			assertThat(row.shortOfReviewers()).isFalse();
		});
		@SuppressWarnings("unchecked")
		List<ReviewViews.ReviewerLoad> loads = (List<ReviewViews.ReviewerLoad>) page.getModelAndView()
			.getModel()
			.get("reviewers");
		assertThat(loads).filteredOn(load -> load.id() == german.accountId())
			.singleElement()
			.satisfies(load -> assertThat(load.open()).isEqualTo(1));
		assertThat(support.assignments(espoo)).isEqualTo(2);
	}

	@Test
	void aReviewerOfTheCitysOwnCountryCannotBeAssigned() throws Exception {
		AwardCycle cycle = fixtures.cycle(CycleState.OPEN);
		AwardApplication espoo = nomination(cycle, "FI");
		PortalUser finn = support.reviewer("FI");

		MvcResult result = assign(cycle, espoo, finn);

		assertThat(result.getFlashMap().get("error")).isEqualTo("award.review.error.ownCountryAssignment");
		assertThat(support.assignments(espoo)).isZero();
		// nor is the Finnish reviewer offered for the Finnish city
		MvcResult page = mvc.perform(get("/award/cycles/{year}/assignments", cycle.year()).with(user(admin)))
			.andReturn();
		@SuppressWarnings("unchecked")
		List<NominationAssignments> rows = ((Page<NominationAssignments>) page.getModelAndView()
			.getModel()
			.get("nominations")).getContent();
		assertThat(rows.get(0).assignable()).noneMatch(candidate -> candidate.id() == finn.accountId());
	}

	@Test
	void aReviewerOfTheCitysOwnCountryCannotScoreEvenIfAssignedByMistake() throws Exception {
		AwardCycle cycle = fixtures.cycle(CycleState.OPEN);
		AwardApplication espoo = nomination(cycle, "FI");
		PortalUser finn = support.reviewer("FI");
		long assignment = support.assignDirectly(espoo, finn);

		MvcResult result = mvc.perform(support.scores(cycle, assignment, finn, "Fine", 7)).andReturn();

		assertThat(result.getFlashMap().get("error")).isEqualTo("award.review.error.ownCountryScore");
		assertThat(support.scoreRows(espoo)).isZero();
	}

	@Test
	void aReviewerWhoDeclaredAConflictCannotScoreAndTheAdminSeesItNeedsAnotherReviewer() throws Exception {
		AwardCycle cycle = fixtures.cycle(CycleState.OPEN);
		AwardApplication espoo = nomination(cycle, "FI");
		PortalUser reviewer = support.reviewer("DE");
		assign(cycle, espoo, reviewer);
		long assignment = support.assignmentOf(espoo, reviewer);

		MvcResult blank = mvc.perform(
				post("/award/review/{id}/conflict", assignment).with(csrf()).with(user(reviewer)).param("note", " "))
			.andReturn();
		assertThat(blank.getFlashMap().get("error")).isEqualTo("award.review.error.conflictNoteRequired");

		mvc.perform(post("/award/review/{id}/conflict", assignment).with(csrf())
			.with(user(reviewer))
			.param("note", "I advised the city on its learning city plan."))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("success", "award.review.conflictDeclared"));

		MvcResult scoring = mvc.perform(support.scores(cycle, assignment, reviewer, "Fine", 8)).andReturn();
		assertThat(scoring.getFlashMap().get("error")).isEqualTo("award.review.error.conflictDeclared");
		assertThat(support.scoreRows(espoo)).isZero();

		mvc.perform(get("/award/cycles/{year}/assignments", cycle.year()).with(user(admin)))
			.andExpect(content().string(containsString("conflict declared")))
			.andExpect(content().string(containsString("I advised the city on its learning city plan.")))
			.andExpect(content().string(containsString("assign another one")));
		assertThat(assign(cycle, espoo, reviewer).getFlashMap().get("error"))
			.isEqualTo("award.review.error.reviewerDeclaredConflict");
		MvcResult unassign = mvc
			.perform(post("/award/cycles/{year}/assignments/{id}/unassign", cycle.year(), assignment).with(csrf())
				.with(user(admin)))
			.andReturn();
		assertThat(unassign.getFlashMap().get("error")).isEqualTo("award.review.error.unassignConflict");
		assertThat(support.assignments(espoo)).isEqualTo(1);
		mvc.perform(get("/award/review").with(user(reviewer)))
			.andExpect(content().string(containsString("conflict declared")));
	}

	@Test
	void aReviewerSeesTheOtherReviewersScoresOnlyAfterSubmittingTheirOwn() throws Exception {
		AwardCycle cycle = fixtures.cycle(CycleState.OPEN);
		AwardApplication espoo = nomination(cycle, "FI");
		PortalUser first = support.reviewer("DE");
		PortalUser second = support.reviewer("CA");
		assign(cycle, espoo, first);
		assign(cycle, espoo, second);
		long firstAssignment = support.assignmentOf(espoo, first);
		long secondAssignment = support.assignmentOf(espoo, second);
		mvc.perform(support.scores(cycle, firstAssignment, first, "Secret remark of the first reviewer", 9))
			.andExpect(flash().attribute("success", "award.review.scores.submitted"));

		MvcResult before = mvc.perform(get("/award/review/{id}", secondAssignment).with(user(second)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Secret remark of the first reviewer"))))
			.andExpect(content().string(containsString("once you have submitted yours")))
			.andReturn();
		assertThat(((AssignmentPage) before.getModelAndView().getModel().get("page")).others()).isEmpty();

		mvc.perform(support.scores(cycle, secondAssignment, second, "My own view", 5))
			.andExpect(flash().attribute("success", "award.review.scores.submitted"));

		MvcResult after = mvc.perform(get("/award/review/{id}", secondAssignment).with(user(second)))
			.andExpect(content().string(containsString("Secret remark of the first reviewer")))
			.andReturn();
		assertThat(((AssignmentPage) after.getModelAndView().getModel().get("page")).others()).singleElement()
			.satisfies(other -> {
				assertThat(other.reviewerId()).isEqualTo(first.accountId());
				assertThat(other.percent()).isCloseTo(90.0, Offset.offset(1e-9));
			});
	}

	@Test
	void aChangedScoreKeepsTheEarlierOneInItsHistoryAndTheDatabaseRefusesToUpdateOrDeleteScores() throws Exception {
		AwardCycle cycle = fixtures.cycle(CycleState.OPEN);
		AwardApplication espoo = nomination(cycle, "FI");
		PortalUser reviewer = support.reviewer("DE");
		assign(cycle, espoo, reviewer);
		long assignment = support.assignmentOf(espoo, reviewer);
		mvc.perform(support.scores(cycle, assignment, reviewer, "First reading", 6));
		assertThat(support.scoreRows(espoo)).isEqualTo(8);

		List<Long> criteria = support.criteria(cycle);
		var change = post("/award/review/{id}/scores", assignment).with(csrf()).with(user(reviewer));
		for (int i = 0; i < criteria.size(); i++) {
			change.param("entries[" + i + "].criterionId", String.valueOf(criteria.get(i)))
				.param("entries[" + i + "].score", i == 0 ? "8" : "6")
				.param("entries[" + i + "].comment", i == 0 ? "Second reading" : "First reading");
		}
		mvc.perform(change).andExpect(flash().attribute("success", "award.review.scores.changed"));
		assertThat(support.scoreRows(espoo)).isEqualTo(9);
		mvc.perform(support.scores(cycle, assignment, reviewer, "First reading", 6))
			.andExpect(flash().attribute("success", "award.review.scores.changed"));
		mvc.perform(support.scores(cycle, assignment, reviewer, "First reading", 6))
			.andExpect(flash().attribute("success", "award.review.scores.unchanged"));
		assertThat(support.scoreRows(espoo)).isEqualTo(10);

		MvcResult page = mvc.perform(get("/award/review/{id}", assignment).with(user(reviewer)))
			.andExpect(content().string(containsString("Earlier scores (2)")))
			.andExpect(content().string(containsString("Second reading")))
			.andReturn();
		AssignmentPage view = (AssignmentPage) page.getModelAndView().getModel().get("page");
		assertThat(view.criteria().get(0).current().score()).isEqualTo(6);
		assertThat(view.criteria().get(0).history()).extracting(ReviewViews.ScoreLine::score).containsExactly(8, 6);

		assertThatThrownBy(() -> jdbc.sql("update award_score set score = 10 where application_id = :a")
			.param("a", espoo.id())
			.update()).hasMessageContaining("append-only");
		assertThatThrownBy(
				() -> jdbc.sql("delete from award_score where application_id = :a").param("a", espoo.id()).update())
			.hasMessageContaining("append-only");
		assertThat(support.scoreRows(espoo)).isEqualTo(10);
	}

	@Test
	void scoresOutOfScaleOrIncompleteAreRefusedOnThePageNamingEachCriterionAndNothingIsSaved() throws Exception {
		AwardCycle cycle = fixtures.cycle(CycleState.OPEN);
		AwardApplication espoo = nomination(cycle, "FI");
		PortalUser reviewer = support.reviewer("DE");
		assign(cycle, espoo, reviewer);
		long assignment = support.assignmentOf(espoo, reviewer);
		List<String> names = jdbc
			.sql("select position || '. ' || name_en from award_criterion where cycle_id = :cycle "
					+ "order by position")
			.param("cycle", cycle.id())
			.query(String.class)
			.list();
		int scale = jdbc.sql("select scale_max from award_criterion where cycle_id = :cycle and position = 1")
			.param("cycle", cycle.id())
			.query(Integer.class)
			.single();

		mvc.perform(support.scores(cycle, assignment, reviewer, "Too much", scale + 1))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(names.get(0) + ": the score must be from 0 to " + scale + ".")));
		mvc.perform(support.scores(cycle, assignment, reviewer, "Negative", -1))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(names.get(0) + ": the score must be from 0 to " + scale + ".")));
		mvc.perform(support.scoresAsText(cycle, assignment, reviewer, "Words", "5", "5", "seven", "5"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(names.get(2) + ": enter a whole number from 0 to")));
		mvc.perform(post("/award/review/{id}/scores", assignment).with(csrf())
			.with(user(reviewer))
			.param("entries[0].criterionId", String.valueOf(support.criteria(cycle).get(0)))
			.param("entries[0].score", "5")).andExpect(flash().attribute("error", "award.review.error.everyCriterion"));

		assertThat(support.scoreRows(espoo)).isZero();
		assertThat(jdbc.sql("select submitted_at is null from award_review_assignment where id = :id")
			.param("id", assignment)
			.query(Boolean.class)
			.single()).isTrue();
	}

	@Test
	void emptyScoresAreListedOnePerCriterionInTheOrderOfThePageWithTheOutOfScaleOneAmongThem() throws Exception {
		AwardCycle cycle = fixtures.cycle(CycleState.OPEN);
		AwardApplication espoo = nomination(cycle, "FI");
		PortalUser reviewer = support.reviewer("DE");
		assign(cycle, espoo, reviewer);
		long assignment = support.assignmentOf(espoo, reviewer);
		List<String> names = jdbc
			.sql("select position || '. ' || name_en from award_criterion where cycle_id = :cycle "
					+ "order by position")
			.param("cycle", cycle.id())
			.query(String.class)
			.list();
		String[] typed = new String[names.size()];
		Arrays.fill(typed, "");
		typed[1] = "999";

		String page = mvc.perform(support.scoresAsText(cycle, assignment, reviewer, "", typed))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		String summary = page.substring(page.indexOf("error-summary"),
				page.indexOf("</ul>", page.indexOf("error-summary")));
		int previous = -1;
		for (int i = 0; i < names.size(); i++) {
			String line = names.get(i) + (i == 1 ? ": the score must be from 0 to " : ": give a score from 0 to ");
			assertThat(summary).contains(line);
			assertThat(summary.indexOf(line)).isGreaterThan(previous);
			previous = summary.indexOf(line);
		}
		assertThat(summary).contains("href=\"#entries[0]-score\"");
		assertThat(page).contains("id=\"entries[0]-score-error\"");
		assertThat(support.scoreRows(espoo)).isZero();
	}

	@Test
	void aReviewerCannotOpenNorScoreAnotherReviewersAssignment() throws Exception {
		AwardCycle cycle = fixtures.cycle(CycleState.OPEN);
		AwardApplication espoo = nomination(cycle, "FI");
		PortalUser owner = support.reviewer("DE");
		PortalUser other = support.reviewer("CA");
		assign(cycle, espoo, owner);
		long assignment = support.assignmentOf(espoo, owner);

		mvc.perform(get("/award/review/{id}", assignment).with(user(other))).andExpect(status().isForbidden());
		mvc.perform(support.scores(cycle, assignment, other, "Not mine", 5)).andExpect(status().isForbidden());
		mvc.perform(post("/award/review/{id}/conflict", assignment).with(csrf())
			.with(user(other))
			.param("note", "Not mine")).andExpect(status().isForbidden());

		assertThat(support.scoreRows(espoo)).isZero();
		assertThat(jdbc.sql("select conflict_declared_at is null from award_review_assignment where id = :id")
			.param("id", assignment)
			.query(Boolean.class)
			.single()).isTrue();
	}

	@Test
	void nobodyScoresOnceTheJuryIsConvened() throws Exception {
		AwardCycle cycle = fixtures.cycle(CycleState.OPEN);
		AwardApplication espoo = nomination(cycle, "FI");
		PortalUser reviewer = support.reviewer("DE");
		assign(cycle, espoo, reviewer);
		long assignment = support.assignmentOf(espoo, reviewer);
		fixtures.advance(cycle, CycleState.JURY);

		MvcResult result = mvc.perform(support.scores(cycle, assignment, reviewer, "Too late", 7)).andReturn();

		assertThat(result.getFlashMap().get("error")).isEqualTo("award.review.error.reviewClosed");
		assertThat(support.scoreRows(espoo)).isZero();
		mvc.perform(get("/award/review/{id}", assignment).with(user(reviewer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("can no longer be scored")))
			.andExpect(content().string(not(containsString("Submit my scores"))));
		assertThat(assign(cycle, espoo, support.reviewer("CA")).getFlashMap().get("error"))
			.isEqualTo("award.review.error.reviewClosed");
	}

	@Test
	void anAssignmentIsTakenBackOnlyBeforeTheReviewerScored() throws Exception {
		AwardCycle cycle = fixtures.cycle(CycleState.OPEN);
		AwardApplication espoo = nomination(cycle, "FI");
		PortalUser idle = support.reviewer("DE");
		PortalUser busy = support.reviewer("CA");
		assign(cycle, espoo, idle);
		assign(cycle, espoo, busy);
		long busyAssignment = support.assignmentOf(espoo, busy);
		mvc.perform(support.scores(cycle, busyAssignment, busy, "Done", 7));

		mvc.perform(
				post("/award/cycles/{year}/assignments/{id}/unassign", cycle.year(), support.assignmentOf(espoo, idle))
					.with(csrf())
					.with(user(admin)))
			.andExpect(flash().attribute("success", "award.review.unassigned"));
		MvcResult refused = mvc
			.perform(post("/award/cycles/{year}/assignments/{id}/unassign", cycle.year(), busyAssignment).with(csrf())
				.with(user(admin)))
			.andReturn();

		assertThat(refused.getFlashMap().get("error")).isEqualTo("award.review.error.unassignScored");
		assertThat(support.assignments(espoo)).isEqualTo(1);
	}

	@Test
	void theCityOfficialTheEndorserAndTheJuryReachNoneOfTheReviewRoutes() throws Exception {
		AwardCycle cycle = fixtures.cycle(CycleState.OPEN);
		AwardApplication espoo = nomination(cycle, "FI");
		PortalUser reviewer = support.reviewer("DE");
		assign(cycle, espoo, reviewer);
		long assignment = support.assignmentOf(espoo, reviewer);
		for (Role role : List.of(Role.CITY_OFFICIAL, Role.NATCOM_ENDORSER, Role.JURY_MEMBER)) {
			var who = DemoUsers.signedInAs(role);
			for (String page : List.of("/award/cycles/" + cycle.year() + "/assignments",
					"/award/cycles/" + cycle.year() + "/leaderboard", "/award/review", "/award/review/" + assignment)) {
				mvc.perform(get(page).with(who)).andExpect(status().isForbidden());
			}
			for (String action : List.of("/award/cycles/" + cycle.year() + "/assignments",
					"/award/cycles/" + cycle.year() + "/assignments/" + assignment + "/unassign",
					"/award/cycles/" + cycle.year() + "/leaderboard/shortlist",
					"/award/cycles/" + cycle.year() + "/leaderboard/unshortlist",
					"/award/cycles/" + cycle.year() + "/leaderboard/convene-jury",
					"/award/review/" + assignment + "/conflict", "/award/review/" + assignment + "/scores")) {
				mvc.perform(post(action).with(csrf())
					.with(who)
					.param("applicationId", String.valueOf(espoo.id()))
					.param("reviewerId", String.valueOf(reviewer.accountId()))
					.param("note", "x")).andExpect(status().isForbidden());
			}
		}
		// the administrator does not score, and a reviewer does not assign
		mvc.perform(get("/award/review/" + assignment).with(user(admin))).andExpect(status().isForbidden());
		mvc.perform(post("/award/cycles/{year}/assignments", cycle.year()).with(csrf())
			.with(user(reviewer))
			.param("applicationId", String.valueOf(espoo.id()))
			.param("reviewerId", String.valueOf(reviewer.accountId()))).andExpect(status().isForbidden());
		assertThat(support.assignments(espoo)).isEqualTo(1);
		assertThat(support.state(espoo)).isEqualTo(ApplicationState.NOMINATED);
		assertThat(support.state(cycle)).isEqualTo(CycleState.OPEN);
	}

	@Test
	void theDashboardTellsTheReviewerWhatToScoreAndTheAdminWhichNominationsLackReviewers() throws Exception {
		AwardCycle cycle = fixtures.cycle(CycleState.OPEN);
		AwardApplication espoo = nomination(cycle, "FI");
		nomination(cycle, "KE");
		PortalUser reviewer = support.reviewer("DE");
		assign(cycle, espoo, reviewer);

		assertThat(dashboard.panelFor(reviewer)).hasValueSatisfying(panel -> assertThat(panel.items()).singleElement()
			.satisfies(item -> assertThat(item.arguments()).containsExactly(1L)));
		assertThat(dashboard.panelFor(admin)).hasValueSatisfying(panel -> assertThat(panel.items())
			.filteredOn(item -> item.href() != null && item.href().contains("/" + cycle.year() + "/assignments"))
			.singleElement()
			.satisfies(item -> assertThat(item.arguments()).containsExactly(2L, cycle.year(), 2L)));
		assertThat(dashboard.panelFor(DemoUsers.person(Role.JURY_MEMBER))).isEmpty();
		mvc.perform(get("/my").with(user(reviewer)))
			.andExpect(content().string(containsString("One nomination waits for your scores")));
	}

}
