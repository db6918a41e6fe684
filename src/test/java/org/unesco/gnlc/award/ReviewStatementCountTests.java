package org.unesco.gnlc.award;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.unesco.gnlc.DemoUsers;
import org.unesco.gnlc.PortalTest;
import org.unesco.gnlc.StatementCounting;
import org.unesco.gnlc.shared.security.PortalUser;
import org.unesco.gnlc.shared.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The review's pages cost the same few SQL statements for a cycle of 5 nominations and
 * one of 40, each reviewed twice: the leaderboard's means, spreads and counts come from
 * aggregate queries, never one query per nomination or reviewer. Statements are counted
 * on this thread by wrapping the data source (a context of its own for this class).
 */
@PortalTest
@Import(StatementCounting.class)
class ReviewStatementCountTests {

	/**
	 * Seven of the page's own at most, plus the two with which MockMvc stores the new
	 * session.
	 */
	private static final int MOST_STATEMENTS = 9;

	@Autowired
	MockMvc mvc;

	@Autowired
	AwardFixtures fixtures;

	@Autowired
	ReviewTestSupport support;

	@Test
	void theLeaderboardAndTheAssignmentPagesCostTheSameFewStatementsFor5And40Nominations() throws Exception {
		PortalUser admin = DemoUsers.person(Role.UIL_ADMIN);
		PortalUser german = support.reviewer("DE");
		PortalUser canadian = support.reviewer("CA");
		AwardCycle small = cycleWith(5, german, canadian);
		AwardCycle large = cycleWith(40, german, canadian);

		for (String page : List.of("/award/cycles/%d/leaderboard", "/award/cycles/%d/assignments")) {
			List<String> few = statements(page.formatted(small.year()), admin);
			List<String> many = statements(page.formatted(large.year()), admin);
			System.out.printf("Statements of %s: %d with 5 nominations, %d with 40%n", page.replace("%d", "{year}"),
					few.size(), many.size());
			assertThat(many).as("statements of %s with 40 nominations", page).hasSize(few.size());
			assertThat(many.size()).as("statements of %s: %s", page, many).isLessThanOrEqualTo(MOST_STATEMENTS);
		}
		List<String> secondPage = statements("/award/cycles/%d/leaderboard?page=1".formatted(large.year()), admin);
		assertThat(secondPage).as("statements of the second page of 40")
			.hasSize(statements("/award/cycles/%d/leaderboard".formatted(large.year()), admin).size());
		List<String> reviewerBoard = statements("/award/cycles/%d/leaderboard".formatted(large.year()), german);
		List<String> reviewerList = statements("/award/review", german);
		System.out.printf("Statements of the reviewer's leaderboard %d, of their 45 assignments %d%n",
				reviewerBoard.size(), reviewerList.size());
		assertThat(reviewerBoard.size()).isLessThanOrEqualTo(MOST_STATEMENTS);
		assertThat(reviewerList.size()).isLessThanOrEqualTo(MOST_STATEMENTS);
	}

	private AwardCycle cycleWith(int nominations, PortalUser first, PortalUser second) {
		AwardCycle cycle = fixtures.cycle(CycleState.OPEN);
		String[] countries = { "FI", "KE", "BR", "JP", "TN", "MX", "IE", "CN" };
		for (int i = 0; i < nominations; i++) {
			AwardApplication application = fixtures.application(cycle,
					fixtures.memberCity(countries[i % countries.length]), ApplicationState.NOMINATED);
			support.reviewedDirectly(cycle, application, first, 3 + i % 7);
			support.reviewedDirectly(cycle, application, second, 2 + i % 8);
		}
		return cycle;
	}

	private List<String> statements(String page, PortalUser who) throws Exception {
		return StatementCounting.count(() -> mvc.perform(get(page).with(user(who))).andExpect(status().isOk())).sql();
	}

}
