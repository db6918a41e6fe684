package org.unesco.gnlc.award;

import java.util.Arrays;
import java.util.List;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import org.unesco.gnlc.PortalTest;
import org.unesco.gnlc.award.ReviewViews.AssignmentPage;
import org.unesco.gnlc.shared.security.PortalUser;

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

/**
 * A reviewer scores every criterion: scores out of scale or missing are refused on the
 * page and nothing is saved, scores are only ever added (a change keeps the earlier one),
 * the others' scores are read only after submitting one's own, and nobody scores once the
 * jury is convened.
 */
@PortalTest
class ReviewScoringTests extends ReviewSteps {

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

}
