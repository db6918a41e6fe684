package org.unesco.gnlc.account;

import lombok.RequiredArgsConstructor;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unesco.gnlc.city.Cities;
import org.unesco.gnlc.shared.security.PortalUser;

/**
 * A city official sees their city's officials and accepts or refuses people asking to
 * join them.
 */
@Controller
@RequestMapping("/city-officials")
@RequiredArgsConstructor
class CityOfficialsController {

	private final Registration registration;

	private final Cities cities;

	@GetMapping
	String officials(@AuthenticationPrincipal PortalUser user, Model model) {
		model.addAttribute("applicants", registration.awaitingApproval(user));
		model.addAttribute("officials", registration.officials(user));
		if (user.cityId() != null) {
			cities.byId(user.cityId()).ifPresent(city -> model.addAttribute("city", city));
		}
		return "account/city-officials";
	}

	@PostMapping("/{id}/approve")
	String approve(@AuthenticationPrincipal PortalUser user, @PathVariable long id, RedirectAttributes redirect) {
		return decide(() -> registration.approve(id, user), "account.approval.approved", redirect);
	}

	@PostMapping("/{id}/decline")
	String decline(@AuthenticationPrincipal PortalUser user, @PathVariable long id, RedirectAttributes redirect) {
		return decide(() -> registration.decline(id, user), "account.approval.declined", redirect);
	}

	private static String decide(Runnable decision, String done, RedirectAttributes redirect) {
		try {
			decision.run();
			redirect.addFlashAttribute("success", done);
		}
		catch (AccountExceptions.Refused refused) {
			redirect.addFlashAttribute("problem", refused.messageKey());
		}
		return "redirect:/city-officials";
	}

}
