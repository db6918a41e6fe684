package org.unesco.gnlc.city;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.unesco.gnlc.reference.UnescoRegion;

/**
 * The public directory of member cities: search, filters, orders and pages, all in the
 * address.
 */
@Controller
@RequiredArgsConstructor
class DirectoryController {

	/** The network opened to membership in 2015 (2nd ICLC, Mexico City). */
	static final int FIRST_YEAR_OF_MEMBERSHIP = 2015;

	private final Directory directory;

	private final Clock clock;

	@GetMapping("/cities")
	String directory(DirectoryRequest.Parameters parameters, Locale locale, Model model) {
		DirectoryRequest.Parsed request = parameters.parse(false);
		DirectoryPage result = directory.page(request.query(), locale);
		model.addAttribute("result", result);
		model.addAttribute("query", result.query());
		model.addAttribute("problems", request.problems());
		model.addAttribute("links", new DirectoryLinks(result.query()));
		model.addAttribute("regions", UnescoRegion.values());
		model.addAttribute("joiningYears", joiningYears(result.query().joinedYear()));
		model.addAttribute("fmt", new Figures(locale));
		return "city/directory";
	}

	/** The years one may have joined in, latest first. */
	private List<Integer> joiningYears(@Nullable Integer chosen) {
		List<Integer> years = new ArrayList<>();
		int thisYear = LocalDate.now(clock).getYear();
		for (int year = thisYear; year >= FIRST_YEAR_OF_MEMBERSHIP; year--) {
			years.add(year);
		}
		if (chosen != null && !years.contains(chosen)) {
			years.add(chosen);
		}
		return years;
	}

}
