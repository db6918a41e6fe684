package org.unesco.gnlc.membership;

import java.util.Locale;

import lombok.RequiredArgsConstructor;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** UIL_ADMIN defines membership calls and keeps the list of challenges cities rate. */
@Controller
@RequiredArgsConstructor
class CallAdminController {

	private final MembershipCalls calls;

	@GetMapping("/admin/membership/calls")
	String calls(Model model) {
		model.addAttribute("calls", calls.all());
		return "membership/admin-calls";
	}

	/** The form of a new call, or of a call to change. */
	@GetMapping({ "/admin/membership/calls/new", "/admin/membership/calls/{id}" })
	String call(@PathVariable(required = false) @Nullable Long id, Model model) {
		model.addAttribute("callId", id);
		model.addAttribute("callForm", id == null ? CallForm.empty() : CallForm.of(calls.get(id)));
		return "membership/admin-call";
	}

	/**
	 * A new call, or a change to one: with errors, its page again with what was typed.
	 */
	@PostMapping({ "/admin/membership/calls", "/admin/membership/calls/{id}" })
	String saveCall(@PathVariable(required = false) @Nullable Long id, @Valid @ModelAttribute CallForm callForm,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			model.addAttribute("callId", id);
			return "membership/admin-call";
		}
		calls.save(id, callForm);
		redirect.addFlashAttribute("success", "membership.call.saved");
		return "redirect:/admin/membership/calls";
	}

	@GetMapping("/admin/membership/challenges")
	String challenges(Model model, Locale locale) {
		model.addAttribute("challenges", calls.allChallenges(locale));
		model.addAttribute("challengeForm", ChallengeForm.empty());
		return "membership/admin-challenges";
	}

	@GetMapping("/admin/membership/challenges/{id}")
	String editChallenge(@PathVariable long id, Model model) {
		model.addAttribute("challengeId", id);
		model.addAttribute("challengeForm", ChallengeForm.of(calls.challenge(id)));
		return "membership/admin-challenge";
	}

	/**
	 * A new challenge (from the list's form) or a change to one (from its own page): with
	 * errors, the page it came from again with what was typed.
	 */
	@PostMapping({ "/admin/membership/challenges", "/admin/membership/challenges/{id}" })
	String saveChallenge(@PathVariable(required = false) @Nullable Long id,
			@Valid @ModelAttribute ChallengeForm challengeForm, BindingResult result, Model model, Locale locale,
			RedirectAttributes redirect) {
		if (result.hasErrors() && id == null) {
			model.addAttribute("challenges", calls.allChallenges(locale));
			return "membership/admin-challenges";
		}
		if (result.hasErrors()) {
			model.addAttribute("challengeId", id);
			return "membership/admin-challenge";
		}
		calls.saveChallenge(id, challengeForm);
		redirect.addFlashAttribute("success", "membership.challenge.saved");
		return "redirect:/admin/membership/challenges";
	}

}
