package org.unesco.gnlc.shared.web;

import java.io.UnsupportedEncodingException;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * D6, D7 and D24 for every page any {@code PortalTest} is shown: each link of an error
 * summary points to an element of the page, the links follow the order of the page, no
 * field is named twice, and a page with an error summary has a title starting with
 * "Error:" in its language.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ErrorSummaryLinks {

	@Bean
	MockMvcBuilderCustomizer everyErrorSummaryIsChecked() {
		return builder -> builder.alwaysDo(result -> check(result.getResponse()));
	}

	static void check(MockHttpServletResponse response) throws UnsupportedEncodingException {
		String type = response.getContentType();
		if (type == null || !type.startsWith("text/html")) {
			return;
		}
		String html = response.getContentAsString();
		if (html.contains("error-summary")) {
			check(html);
		}
	}

	/** Checks the error summaries of one page. */
	public static void check(String html) {
		Document page = Jsoup.parse(html);
		List<Element> elements = page.getAllElements();
		for (Element summary : page.select(".error-summary")) {
			List<Integer> places = new ArrayList<>();
			List<String> targets = new ArrayList<>();
			for (Element link : summary.select("a[href^=#]")) {
				String id = link.attr("href").substring(1);
				Element target = page.getElementById(id);
				assertThat(target)
					.as("the error summary link \"%s\" (%s) points to an element of the page", link.text(), id)
					.isNotNull();
				if (!id.equals("main")) {
					assertThat(targets).as("the error summary names the field %s once", id).doesNotContain(id);
					targets.add(id);
					places.add(elements.indexOf(target));
				}
			}
			assertThat(places).as("the error summary lists %s in the order of the page", targets).isSorted();
			if (!summary.select("a").isEmpty()) {
				String errorPrefix = page.select(".invalid-feedback .visually-hidden")
					.stream()
					.findFirst()
					.map(Element::text)
					.orElse(null);
				if (errorPrefix != null) {
					assertThat(page.title()).as("the title of a page with errors").startsWith(errorPrefix);
				}
			}
		}
	}

}
