package org.unesco.gnlc.award;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.unesco.gnlc.DemoUsers;
import org.unesco.gnlc.PortalTest;
import org.unesco.gnlc.StatementCounting;
import org.unesco.gnlc.shared.security.PortalUser;
import org.unesco.gnlc.shared.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.unesco.gnlc.award.AwardApplicationSupport.as;
import static org.unesco.gnlc.award.AwardApplicationSupport.officialOf;

/**
 * The dossier, the task list and the check page cost the same few SQL statements whether
 * an application has two files or twelve files and ten links: no statement per answer,
 * file, link or step of its timeline.
 */
@PortalTest
@Import(StatementCounting.class)
class AwardApplicationStatementCountTests {

	static final int MOST_STATEMENTS = 12;

	@Autowired
	MockMvc mvc;

	@Autowired
	AwardFixtures fixtures;

	@Autowired
	AwardApplicationSupport support;

	@Test
	void eachPageOfAnApplicationIssuesTheSameFewStatementsWhateverItHolds() throws Exception {
		AwardCycle cycle = fixtures.cycle(CycleState.OPEN);
		PortalUser small = officialOf(fixtures.memberCity("IE"));
		PortalUser large = officialOf(fixtures.memberCity("IE"));
		long few = support.startAndComplete(mvc, small, cycle);
		long many = support.startAndComplete(mvc, large, cycle);
		for (int i = 0; i < 10; i++) {
			support.upload(mvc, large, many, "materials");
			mvc.perform(post("/award/applications/{id}/links", many).param("kind", "ARTICLE")
				.param("url", "https://news.example/" + i)
				.param("title", "Article " + i)
				.with(as(large))
				.with(csrf()));
		}

		for (String page : List.of("", "/check")) {
			int forFew = count("/award/applications/" + few + page, as(small));
			int forMany = count("/award/applications/" + many + page, as(large));
			assertThat(forFew).as("statements of the city's %s page", page).isLessThanOrEqualTo(MOST_STATEMENTS);
			assertThat(forMany).as("with ten files and ten links").isEqualTo(forFew);
		}

		support.upload(mvc, small, few, "signed-form");
		support.upload(mvc, small, few, "consent-form");
		mvc.perform(post("/award/applications/{id}/submit", few).with(as(small)).with(csrf()));
		support.upload(mvc, large, many, "signed-form");
		support.upload(mvc, large, many, "consent-form");
		mvc.perform(post("/award/applications/{id}/submit", many).with(as(large)).with(csrf()));
		RequestPostProcessor reviewer = DemoUsers.signedInAs(Role.UIL_REVIEWER);
		int dossierOfFew = count("/award/applications/" + few, reviewer);
		int dossierOfMany = count("/award/applications/" + many, reviewer);
		assertThat(dossierOfFew).as("statements of the dossier").isLessThanOrEqualTo(MOST_STATEMENTS);
		assertThat(dossierOfMany).isEqualTo(dossierOfFew);
		System.out.printf("award application statements: dossier %d%n", dossierOfFew);
	}

	private int count(String page, RequestPostProcessor person) throws Exception {
		StatementCounting.Statements statements = StatementCounting
			.count(() -> mvc.perform(get(page).with(person)).andExpect(status().isOk()));
		System.out.printf("award application statements of %s: %d %s%n", page, statements.count(), statements.sql());
		return statements.count();
	}

}
