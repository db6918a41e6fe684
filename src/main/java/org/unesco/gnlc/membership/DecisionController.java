package org.unesco.gnlc.membership;

import java.util.Locale;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unesco.gnlc.membership.MembershipApplication.Recommendation;
import org.unesco.gnlc.reference.ReferenceData;
import org.unesco.gnlc.shared.security.PortalUser;
import org.unesco.gnlc.shared.web.RefusedActionException;

/** The National Commission's and UIL's queues and decisions. */
@Controller
@RequiredArgsConstructor
class DecisionController {

	private static final int PAGE_SIZE = 25;

	private final MembershipApplications applications;

	private final MembershipCalls calls;

	private final ReferenceData referenceData;

	private final ApplicationViews views;

	@GetMapping("/membership/endorsements")
	String endorsements(@AuthenticationPrincipal PortalUser user, @RequestParam(defaultValue = "false") boolean decided,
			@RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
		model.addAttribute("queue",
				applications.endorsementQueue(user, decided, PageRequest.of(Math.max(0, page), PAGE_SIZE)));
		model.addAttribute("decided", decided);
		model.addAttribute("currentCall", calls.current().orElse(null));
		referenceData.country(user.countryCode(), locale).ifPresent(country -> model.addAttribute("country", country));
		return "membership/endorsements";
	}

	@GetMapping("/membership/decisions")
	String decisions(@AuthenticationPrincipal PortalUser user, @RequestParam(defaultValue = "false") boolean decided,
			@RequestParam(required = false) @Nullable Long call,
			@RequestParam(required = false) @Nullable String country, @RequestParam(defaultValue = "0") int page,
			Model model, Locale locale) {
		String countryCode = country == null || country.isBlank() || country.length() != 2 ? null : country;
		model.addAttribute("queue", applications.decisionQueue(user, decided, call, countryCode,
				PageRequest.of(Math.max(0, page), PAGE_SIZE)));
		model.addAttribute("awaitingCommissions",
				applications.submittedAwaitingNationalCommissions(user, PageRequest.of(0, 10)));
		model.addAttribute("decided", decided);
		model.addAttribute("calls", calls.all());
		model.addAttribute("call", call);
		model.addAttribute("country", countryCode);
		model.addAttribute("countries", referenceData.unescoCountries(locale));
		return "membership/decisions";
	}

	@PostMapping("/membership/applications/{id}/endorse")
	String endorse(@AuthenticationPrincipal PortalUser user, @PathVariable long id,
			@RequestParam(required = false) @Nullable String comment,
			@RequestParam(name = "letter", required = false) @Nullable MultipartFile letter,
			RedirectAttributes redirect) {
		applications.endorse(user, id, comment, letter);
		redirect.addFlashAttribute("success", "membership.endorsed");
		return "redirect:/membership/applications/" + id;
	}

	@PostMapping("/membership/applications/{id}/recommendation")
	String recommendation(@AuthenticationPrincipal PortalUser user, @PathVariable long id,
			@RequestParam(required = false) @Nullable Recommendation recommendation,
			@RequestParam(required = false) @Nullable String note, RedirectAttributes redirect) {
		if (recommendation == null) {
			throw new RefusedActionException("membership.error.recommendationMissing");
		}
		applications.recordRecommendation(user, id, recommendation, note);
		redirect.addFlashAttribute("success", "membership.recommendationRecorded");
		return "redirect:/membership/applications/" + id;
	}

	/**
	 * The Commission's return and decline, UIL's return, approval and "do not admit";
	 * like every decision that cannot be undone, confirmed first.
	 */
	@PostMapping("/membership/applications/{id}/{decision:return|decline|approve|reject}")
	String decide(@AuthenticationPrincipal PortalUser user, @PathVariable long id, @PathVariable String decision,
			@RequestParam(required = false) @Nullable String comment,
			@RequestParam(defaultValue = "false") boolean confirmed, Model model, Locale locale,
			RedirectAttributes redirect) {
		Decision chosen = Decision.byPath(decision);
		if (!confirmed) {
			return confirmation(user, id, chosen, comment, model, locale);
		}
		applications.decide(user, id, chosen, comment);
		redirect.addFlashAttribute("success", chosen.doneMessage());
		return "redirect:/membership/applications/" + id;
	}

	/**
	 * The page that asks to confirm a decision, once it is known to be possible: what
	 * will happen, who will be told, the comment as typed; its button sends the same
	 * decision again, confirmed. Works without JavaScript.
	 */
	private String confirmation(PortalUser user, long id, Decision decision, @Nullable String comment, Model model,
			Locale locale) {
		MembershipApplication application = applications.checkDecision(user, id, decision, comment);
		model.addAttribute("app", views.header(application, locale));
		model.addAttribute("decision", decision);
		model.addAttribute("comment", comment == null ? "" : comment.strip());
		return "membership/confirm";
	}

}
