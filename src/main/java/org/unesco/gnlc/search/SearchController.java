package org.unesco.gnlc.search;

import java.util.Locale;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.unesco.gnlc.shared.security.AccessRules;

/** The portal's search page, open to everyone. */
@Controller
@RequiredArgsConstructor
class SearchController {

	private final SiteSearch search;

	@GetMapping("/search")
	String search(@RequestParam(required = false) @Nullable String q, @RequestParam(defaultValue = "0") String page,
			Model model, Locale locale) {
		model.addAttribute("result", search.search(q, pageNumber(page), locale));
		// A page number that is not one is read as the first page, and the page says so.
		model.addAttribute("pageIgnored", !page.strip().matches("\\d{1,9}"));
		model.addAttribute("longestQuery", SiteSearch.LONGEST_QUERY);
		return "search/results";
	}

	/** A page number from the address; anything else is the first page. */
	private static int pageNumber(String page) {
		try {
			return Math.max(0, Integer.parseInt(page.strip()));
		}
		catch (NumberFormatException notANumber) {
			return 0;
		}
	}

	@Bean
	static AccessRules searchRoutes() {
		return requests -> requests.requestMatchers(HttpMethod.GET, "/search").permitAll();
	}

}
