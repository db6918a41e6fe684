package org.unesco.gnlc.membership;

import java.util.Locale;

import lombok.RequiredArgsConstructor;

import jakarta.validation.Valid;

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

	@GetMapping("/admin/membership/calls/new")
	String newCall(Model model) {
		model.addAttribute("callForm", CallForm.empty());
		return "membership/admin-call";
	}

	@PostMapping("/admin/membership/calls")
	String create(@Valid @ModelAttribute CallForm callForm, BindingResult result, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return "membership/admin-call";
		}
		calls.create(callForm);
		redirect.addFlashAttribute("success", "membership.call.saved");
		return "redirect:/admin/membership/calls";
	}

	@GetMapping("/admin/membership/calls/{id}")
	String edit(@PathVariable long id, Model model) {
		model.addAttribute("callId", id);
		model.addAttribute("callForm", CallForm.of(calls.get(id)));
		return "membership/admin-call";
	}

	@PostMapping("/admin/membership/calls/{id}")
	String change(@PathVariable long id, @Valid @ModelAttribute CallForm callForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			model.addAttribute("callId", id);
			return "membership/admin-call";
		}
		calls.change(id, callForm);
		redirect.addFlashAttribute("success", "membership.call.saved");
		return "redirect:/admin/membership/calls";
	}

	@GetMapping("/admin/membership/challenges")
	String challenges(Model model, Locale locale) {
		model.addAttribute("challenges", calls.allChallenges(locale));
		model.addAttribute("challengeForm", ChallengeForm.empty());
		return "membership/admin-challenges";
	}

	@PostMapping("/admin/membership/challenges")
	String addChallenge(@Valid @ModelAttribute ChallengeForm challengeForm, BindingResult result, Model model,
			Locale locale, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			model.addAttribute("challenges", calls.allChallenges(locale));
			return "membership/admin-challenges";
		}
		calls.addChallenge(challengeForm);
		redirect.addFlashAttribute("success", "membership.challenge.saved");
		return "redirect:/admin/membership/challenges";
	}

	@GetMapping("/admin/membership/challenges/{id}")
	String editChallenge(@PathVariable long id, Model model) {
		model.addAttribute("challengeId", id);
		model.addAttribute("challengeForm", ChallengeForm.of(calls.challenge(id)));
		return "membership/admin-challenge";
	}

	@PostMapping("/admin/membership/challenges/{id}")
	String changeChallenge(@PathVariable long id, @Valid @ModelAttribute ChallengeForm challengeForm,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			model.addAttribute("challengeId", id);
			return "membership/admin-challenge";
		}
		calls.changeChallenge(id, challengeForm);
		redirect.addFlashAttribute("success", "membership.challenge.saved");
		return "redirect:/admin/membership/challenges";
	}

}
