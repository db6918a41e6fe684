package org.unesco.gnlc;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import org.unesco.gnlc.AccessRulesTests.Outcome;
import org.unesco.gnlc.AccessRulesTests.Rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every page of the portal in Arabic, for every person who may open it (the GET routes of
 * src/test/resources/access-rules with their sample URLs): it is laid out from right to
 * left, names no message that has no Arabic text, and labels every field it asks for.
 */
@PortalTest
class ArabicPagesTests {

	/** What Thymeleaf writes for a message key without a text in the language. */
	private static final Pattern MISSING_TEXT = Pattern.compile("\\?\\?[A-Za-z][\\w.]*_ar[\\w-]*\\?\\?");

	@Autowired
	MockMvc mvc;

	@TestFactory
	Stream<DynamicTest> everyPageReadsInArabicFromRightToLeftWithEveryTextAndEveryFieldLabelled() {
		return AccessRulesTests.pages().flatMap(rule -> {
			List<DynamicTest> tests = new ArrayList<>();
			if (rule.visitor() == Outcome.OK) {
				tests.add(DynamicTest.dynamicTest(rule.sample() + " in Arabic for a visitor",
						() -> check(rule, "a visitor", request(rule))));
			}
			rule.roles().forEach((role, outcome) -> {
				if (outcome == Outcome.OK) {
					tests.add(DynamicTest.dynamicTest(rule.sample() + " in Arabic for " + role,
							() -> check(rule, role.name(), request(rule).with(DemoUsers.signedInAs(role)))));
				}
			});
			return tests.stream();
		});
	}

	private static MockHttpServletRequestBuilder request(Rule rule) {
		return get(rule.sample()).param("lang", "ar").header("Accept", "text/html");
	}

	private void check(Rule rule, String who, MockHttpServletRequestBuilder request) throws Exception {
		MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).as("%s for %s (%s)", rule.sample(), who, rule.source()).isLessThan(500);
		String type = response.getContentType();
		if (response.getStatus() != 200 || type == null || !type.startsWith("text/html")) {
			return;
		}
		String page = response.getContentAsString();
		assertThat(MISSING_TEXT.matcher(page).results().map(match -> match.group()).toList())
			.as("texts without Arabic on %s for %s", rule.sample(), who)
			.isEmpty();
		Document document = Jsoup.parse(page);
		Element html = document.selectFirst("html");
		assertThat(html).isNotNull();
		assertThat(html.attr("lang")).as("lang of %s for %s", rule.sample(), who).isEqualTo("ar");
		assertThat(html.attr("dir")).as("dir of %s for %s", rule.sample(), who).isEqualTo("rtl");
		for (Element field : document
			.select("input:not([type=hidden]):not([type=submit]):not([type=button]), select, textarea")) {
			boolean labelled = !field.attr("aria-label").isBlank() || !field.attr("aria-labelledby").isBlank()
					|| !field.attr("title").isBlank()
					|| (!field.id().isBlank() && document.selectFirst("label[for=" + field.id() + "]") != null)
					|| field.closest("label") != null;
			assertThat(labelled).as("a label for %s on %s for %s", field.outerHtml(), rule.sample(), who).isTrue();
		}
	}

}
