package org.unesco.gnlc.shared.web;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.unesco.gnlc.PortalTest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Static files and webjars (named without their versions) are served, and no link of a
 * page is rewritten on the way out: {@link ResourceUrlEncodingFilter}, which looked every
 * link up on the class path, is not registered.
 */
@PortalTest
class StaticResourcesTests {

	@Autowired
	MockMvc mvc;

	@Test
	void webjarsWithoutTheirVersionsStylesScriptsAndImagesAreServed() throws Exception {
		for (String path : List.of("/webjars/bootstrap/css/bootstrap.min.css", "/webjars/htmx.org/dist/htmx.min.js",
				"/css/portal.css", "/js/word-count.js", "/images/favicon.svg")) {
			mvc.perform(get(path)).andExpect(status().isOk());
		}
	}

	@Test
	void linksAreWrittenAsTheTemplatesNameThem() throws Exception {
		mvc.perform(get("/cities").header("Accept-Language", "es"))
			.andExpect(content().string(containsString("href=\"/webjars/bootstrap/css/bootstrap.min.css\"")))
			.andExpect(content().string(containsString("src=\"/webjars/htmx.org/dist/htmx.min.js\"")))
			.andExpect(content().string(not(containsString("5.3.8"))));
	}

	@Test
	void theDirectoryUsesTheValidDataFormOfHtmxAttributes() throws Exception {
		mvc.perform(get("/cities"))
			.andExpect(content().string(containsString("data-hx-get=\"/cities\"")))
			.andExpect(content().string(not(containsString(" hx-"))));
	}

}
