package org.unesco.gnlc.award;

import java.util.Locale;

import lombok.RequiredArgsConstructor;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.unesco.gnlc.shared.security.PortalUser;
import org.unesco.gnlc.shared.security.Role;

/**
 * UIL's pages of the Award's cycles: the list, and each cycle's page with its next phase
 * change and links to the cycle's other pages (where a refused action on the cycle goes
 * back to).
 */
@Controller
@RequiredArgsConstructor
class CycleController {

	private final CycleOverviews overviews;

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

}
