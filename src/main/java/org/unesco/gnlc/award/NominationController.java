package org.unesco.gnlc.award;

import java.util.Locale;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unesco.gnlc.reference.ReferenceData;
import org.unesco.gnlc.shared.security.PortalUser;

/**
 * The National Commission's nominations: its country's applications, its ranking and its
 * decisions.
 */
@Controller
@RequiredArgsConstructor
class NominationController {

	private final Nominations nominations;

	private final ReferenceData referenceData;

	@GetMapping("/award/nominations")
	String nominations(@AuthenticationPrincipal PortalUser endorser, Model model, Locale locale) {
		model.addAttribute("cycles", nominations.forEndorser(endorser, locale));
		model.addAttribute("longestText", Nominations.MAX_TEXT);
		referenceData.country(endorser.countryCode(), locale)
			.ifPresent(country -> model.addAttribute("country", country));
		return "award/nomination/nominations";
	}

	@PostMapping("/award/nominations/{cycleId}/ranking")
	String rank(@AuthenticationPrincipal PortalUser endorser, @PathVariable long cycleId,
			@ModelAttribute RankingForm rankingForm, RedirectAttributes redirect) {
		nominations.rank(endorser, cycleId, rankingForm);
		redirect.addFlashAttribute("success", "award.nomination.ranking.saved");
		return "redirect:/award/nominations";
	}

	@PostMapping("/award/applications/{id}/nominate")
	String nominate(@AuthenticationPrincipal PortalUser endorser, @PathVariable long id,
			@RequestParam(required = false) @Nullable String note, RedirectAttributes redirect) {
		nominations.nominate(endorser, id, note);
		redirect.addFlashAttribute("success", "award.nomination.nominated");
		return "redirect:/award/nominations";
	}

	/** Asks the National Commission to confirm that it does not nominate the city. */
	@PostMapping("/award/applications/{id}/decline/check")
	String checkDecline(@AuthenticationPrincipal PortalUser endorser, @PathVariable long id,
			@RequestParam(required = false) @Nullable String reason, Locale locale, Model model) {
		model.addAttribute("check", nominations.checkDecline(endorser, id, reason, locale));
		return "award/nomination/decline-confirm";
	}

	/**
	 * "No, back to the nominations" from the confirmation: nothing is decided, and the
	 * reason typed waits in its field on the nominations page, so that it can be changed
	 * rather than typed again.
	 */
	@PostMapping("/award/applications/{id}/decline/back")
	String backFromDecline(@PathVariable long id, @RequestParam(required = false) @Nullable String reason,
			RedirectAttributes redirect) {
		redirect.addFlashAttribute("declineFor", id);
		redirect.addFlashAttribute("declineReason", reason == null ? "" : reason);
		return "redirect:/award/nominations#reason-" + id;
	}

	@PostMapping("/award/applications/{id}/decline")
	String decline(@AuthenticationPrincipal PortalUser endorser, @PathVariable long id,
			@RequestParam(required = false) @Nullable String reason, RedirectAttributes redirect) {
		nominations.decline(endorser, id, reason);
		redirect.addFlashAttribute("success", "award.nomination.declined");
		return "redirect:/award/nominations";
	}

}
