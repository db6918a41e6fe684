package org.unesco.gnlc.shared.web;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.unesco.gnlc.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The one pager ({@code fragments/pagination}) as the directory uses it: with the first
 * and last pages, followed in place by htmx, and sensible on a page past the end.
 */
@PortalTest
class PagerTests {

	@Autowired
	MockMvc mvc;

	@Test
	void theDirectoryPagerLeadsToTheNextAndLastPagesAndHtmxFollowsItsLinks() throws Exception {
		Element pager = pager("/cities");

		assertThat(pager.parent().attr("data-hx-boost")).isEqualTo("true");
		assertThat(pager.select("a.page-link").eachText()).containsExactly("Next", "Last page");
		assertThat(pager.selectFirst("a[rel=next]").attr("href")).isEqualTo("/cities?page=2");
		assertThat(pager.select("span.page-link").eachText()).containsExactly("First page", "Previous",
				pager.selectFirst("[aria-current=page]").text());
		assertThat(pager.selectFirst("[aria-current=page]").text()).startsWith("Page 1 of ");
	}

	@Test
	void aPagePastTheEndOffersTheFirstAndLastPagesButNoCurrentOne() throws Exception {
		Element pager = pager("/cities?page=999");

		assertThat(pager.select("[aria-current=page]")).isEmpty();
		assertThat(pager.select("a.page-link").eachText()).containsExactly("First page", "Last page");
		assertThat(pager.selectFirst("a.page-link").attr("href")).isEqualTo("/cities");
	}

	private Element pager(String address) throws Exception {
		String html = mvc.perform(get(address)).andReturn().getResponse().getContentAsString();
		Element pager = Jsoup.parse(html).selectFirst("nav:has(.pagination)");
		assertThat(pager).as("the pager of %s", address).isNotNull();
		return pager;
	}

}
