package org.unesco.gnlc.award;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Page;
import org.springframework.test.web.servlet.MvcResult;
import org.unesco.gnlc.DemoUsers;
import org.unesco.gnlc.PortalTest;
import org.unesco.gnlc.award.ReviewViews.NominationAssignments;
import org.unesco.gnlc.shared.security.PortalUser;
import org.unesco.gnlc.shared.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
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
 * UIL_ADMIN assigns reviewers to a nomination: two at least, never of the city's country,
 * never one who declared a conflict; an assignment is taken back only before its reviewer
 * scored; the dashboard tells the reviewer what to score and the admin what lacks
 * reviewers.
 */
@PortalTest
class ReviewAssignmentTests extends ReviewSteps {

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
	void theDashboardTellsTheReviewerWhatToScoreAndTheAdminWhichNominationsLackReviewers() throws Exception {
		AwardCycle cycle = fixtures.cycle(CycleState.OPEN);
		AwardApplication espoo = nomination(cycle, "FI");
		nomination(cycle, "KE");
		PortalUser reviewer = support.reviewer("DE");
		assign(cycle, espoo, reviewer);

		assertThat(dashboard.panelFor(reviewer)).hasValueSatisfying(panel -> assertThat(panel.items())
			.filteredOn(item -> item.messageKey().equals("award.review.dashboard.toScore"))
			.singleElement()
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
