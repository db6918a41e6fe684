package org.unesco.gnlc.award;

import java.util.List;
import java.util.Locale;

import lombok.RequiredArgsConstructor;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unesco.gnlc.shared.security.PortalUser;
import org.unesco.gnlc.shared.security.Role;

/**
 * UIL's list of the Award applications waiting for a National Commission that is not on
 * the portal, by country, and the invitation of the country's endorser.
 */
@Controller
@RequiredArgsConstructor
class EndorserInvitationController {

	static final List<String> LANGUAGES = List.of("en", "fr", "es");

	private final EndorserlessApplications endorserless;

	@GetMapping("/award/national-commissions")
	String list(@AuthenticationPrincipal PortalUser user, Model model, Locale locale) {
		model.addAttribute("countries", endorserless.countries(user, locale));
		return "award/nomination/endorserless";
	}

	@GetMapping("/award/national-commissions/{countryCode}")
	String country(@AuthenticationPrincipal PortalUser user, @PathVariable String countryCode, Model model,
			Locale locale) {
		model.addAttribute("endorserInvitation", EndorserInvitationForm.empty());
		return countryPage(user, countryCode, model, locale);
	}

	@PostMapping("/award/national-commissions/{countryCode}/invitation")
	String invite(@AuthenticationPrincipal PortalUser user, @PathVariable String countryCode,
			@Valid @ModelAttribute("endorserInvitation") EndorserInvitationForm form, BindingResult result, Model model,
			RedirectAttributes redirect, Locale locale) {
		// The scope first: only UIL's administrators invite, for a country that waits.
		EndorserlessApplications.Country country = endorserless.countryToInvite(user, countryCode, locale);
		if (!result.hasErrors() && !endorserless.invite(user, country.code(), form)) {
			result.rejectValue("email", "award.endorsers.error.emailTaken");
		}
		if (result.hasErrors()) {
			return countryPage(user, countryCode, model, locale);
		}
		redirect.addFlashAttribute("success", "award.endorsers.invited");
		return "redirect:/award/national-commissions";
	}

	private String countryPage(PortalUser user, String countryCode, Model model, Locale locale) {
		model.addAttribute("country", endorserless.country(user, countryCode, locale));
		model.addAttribute("canInvite", user.is(Role.UIL_ADMIN));
		model.addAttribute("languages", LANGUAGES);
		return "award/nomination/endorserless-country";
	}

}
