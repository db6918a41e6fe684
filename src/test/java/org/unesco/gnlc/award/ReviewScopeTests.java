package org.unesco.gnlc.award;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import org.unesco.gnlc.DemoUsers;
import org.unesco.gnlc.PortalTest;
import org.unesco.gnlc.shared.security.PortalUser;
import org.unesco.gnlc.shared.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who reaches a review: a reviewer of the city's own country cannot score even if
 * assigned by mistake, nor anyone another reviewer's assignment; the city official, the
 * endorser and the jury reach none of the review routes.
 */
@PortalTest
class ReviewScopeTests extends ReviewSteps {

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

}
