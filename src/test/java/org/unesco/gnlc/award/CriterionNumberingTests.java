package org.unesco.gnlc.award;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.unesco.gnlc.PortalTest;
import org.unesco.gnlc.shared.security.PortalUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.unesco.gnlc.award.AwardApplicationSupport.as;
import static org.unesco.gnlc.award.AwardApplicationSupport.officialOf;

/**
 * C3: a criterion has one number, its position in the call, on the task list and on its
 * own page; the "city and contacts" section before the criteria takes none of theirs.
 */
@PortalTest
class CriterionNumberingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AwardFixtures fixtures;

	@Autowired
	AwardApplicationSupport support;

	@Test
	void everyCriterionHasOnItsOwnPageTheNumberTheTaskListGivesIt() throws Exception {
		AwardCycle cycle = fixtures.cycle(CycleState.OPEN);
		PortalUser official = officialOf(fixtures.memberCity("AU"));
		long id = support.start(mvc, official, cycle);
		String base = "/award/applications/" + id;
		Document taskList = page(official, base);
		List<Long> criteria = support.criteria(cycle);
		for (int i = 0; i < criteria.size(); i++) {
			String href = base + "/sections/criteria/" + criteria.get(i);
			Element task = taskList.selectFirst("a[href=" + href + "]");
			assertThat(task).as(href).isNotNull();
			assertThat(task.text()).isEqualTo(page(official, href).selectFirst("h1").text()).startsWith((i + 1) + ". ");
		}
		assertThat(taskList.selectFirst("a[href=" + base + "/sections/profile]").text()).isEqualTo("City and contacts");
	}

	private Document page(PortalUser official, String path) throws Exception {
		return Jsoup.parse(mvc.perform(get(path).with(as(official))).andReturn().getResponse().getContentAsString());
	}

}
