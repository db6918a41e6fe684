package org.unesco.gnlc.award;

import java.util.Locale;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.unesco.gnlc.shared.security.PortalUser;
import org.unesco.gnlc.shared.security.Role;

/**
 * UIL's pages of the Award's cycles: the list, each cycle's page with its next phase
 * change and links to the cycle's other pages (where a refused action on the cycle goes
 * back to), and the list of a cycle's applications.
 */
@Controller
@RequiredArgsConstructor
class CycleController {

	private final CycleOverviews overviews;

	private final CycleApplications applications;

	@GetMapping("/award/cycles")
	String cycles(@AuthenticationPrincipal PortalUser user, Locale locale, Model model) {
		model.addAttribute("cycles", overviews.all(user, locale));
		model.addAttribute("admin", user.is(Role.UIL_ADMIN));
		return "award/cycle/list";
	}

	@GetMapping("/award/cycles/{year}")
	String cycle(@AuthenticationPrincipal PortalUser user, @PathVariable int year, Locale locale, Model model) {
		model.addAttribute("overview", overviews.of(user, year, locale));
		model.addAttribute("admin", user.is(Role.UIL_ADMIN));
		return "award/cycle/overview";
	}

	/**
	 * Every application of the cycle, in one state or all; an unknown state or page is
	 * left out (UnreadableParameters).
	 */
	@GetMapping("/award/cycles/{year}/applications")
	String applications(@AuthenticationPrincipal PortalUser user, @PathVariable int year,
			@RequestParam(required = false) @Nullable ApplicationState state,
			@RequestParam(defaultValue = "0") int page, Locale locale, Model model) {
		model.addAttribute("list", applications.page(user, year, state, Math.max(0, page), locale));
		return "award/cycle/applications";
	}

}
