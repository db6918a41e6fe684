package org.unesco.gnlc.progress;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unesco.gnlc.progress.ProgressForms.RoundForm;
import org.unesco.gnlc.shared.security.PortalUser;
import org.unesco.gnlc.shared.web.RefusedActionException;

/**
 * UIL_ADMIN sets up reporting rounds: terms and questions, the members due, open, extend,
 * close.
 */
@Controller
@RequiredArgsConstructor
class RoundAdminController {

	private final ProgressRounds rounds;

	private final ProgressViews views;

	@GetMapping("/admin/progress-rounds")
	String rounds(Model model) {
		model.addAttribute("rounds", rounds.all());
		return "progress/admin-rounds";
	}

	@GetMapping("/admin/progress-rounds/new")
	String newRound(Model model, Locale locale) {
		Map<String, String> focus = views.focusNames(locale);
		model.addAttribute("roundForm", RoundForm.empty(List.copyOf(focus.keySet())));
		model.addAttribute("focusNames", focus);
		return "progress/admin-round-form";
	}

	@PostMapping("/admin/progress-rounds")
	String create(@AuthenticationPrincipal PortalUser user, @Valid @ModelAttribute RoundForm roundForm,
			BindingResult result, Model model, Locale locale, RedirectAttributes redirect) {
		Map<String, String> focus = views.focusNames(locale);
		Map<String, Integer> questions = roundForm.questions(List.copyOf(focus.keySet()), result);
		if (result.hasErrors()) {
			model.addAttribute("focusNames", focus);
			return "progress/admin-round-form";
		}
		long id = rounds.plan(user, roundForm.terms(questions));
		redirect.addFlashAttribute("success", "progress.round.saved");
		return "redirect:/admin/progress-rounds/" + id;
	}

	@GetMapping("/admin/progress-rounds/{id}")
	String round(@PathVariable long id, Model model, Locale locale) {
		ProgressRound round = rounds.get(id);
		model.addAttribute("round", round);
		model.addAttribute("roundId", id);
		model.addAttribute("membersDue", rounds.membersDue(round));
		model.addAttribute("focusNames", views.focusNames(locale));
		if (!model.containsAttribute("roundForm")) {
			model.addAttribute("roundForm", RoundForm.of(round));
		}
		return "progress/admin-round";
	}

	@PostMapping("/admin/progress-rounds/{id}")
	String change(@AuthenticationPrincipal PortalUser user, @PathVariable long id,
			@Valid @ModelAttribute RoundForm roundForm, BindingResult result, Model model, Locale locale,
			RedirectAttributes redirect) {
		Map<String, String> focus = views.focusNames(locale);
		Map<String, Integer> questions = roundForm.questions(List.copyOf(focus.keySet()), result);
		if (result.hasErrors()) {
			return round(id, model, locale);
		}
		rounds.change(user, id, roundForm.terms(questions), roundForm.version());
		redirect.addFlashAttribute("success", "progress.round.saved");
		return "redirect:/admin/progress-rounds/" + id;
	}

	@PostMapping("/admin/progress-rounds/{id}/open")
	String open(@AuthenticationPrincipal PortalUser user, @PathVariable long id, RedirectAttributes redirect) {
		int due = rounds.open(user, id);
		redirect.addFlashAttribute("success", "progress.round.opened");
		return "redirect:/admin/progress-rounds/" + id;
	}

	@PostMapping("/admin/progress-rounds/{id}/extend")
	String extend(@AuthenticationPrincipal PortalUser user, @PathVariable long id,
			@RequestParam(required = false) @Nullable String deadline,
			@RequestParam(required = false) @Nullable String reason, RedirectAttributes redirect) {
		rounds.extend(user, id, parse(deadline), reason);
		redirect.addFlashAttribute("success", "progress.round.extended");
		return "redirect:/admin/progress-rounds/" + id;
	}

	@PostMapping("/admin/progress-rounds/{id}/close")
	String close(@AuthenticationPrincipal PortalUser user, @PathVariable long id, RedirectAttributes redirect) {
		rounds.close(user, id);
		redirect.addFlashAttribute("success", "progress.round.closed");
		return "redirect:/admin/progress-rounds/" + id;
	}

	/** A date typed by hand: a clear message rather than a 400 when it is not one. */
	private static @Nullable LocalDate parse(@Nullable String date) {
		if (date == null || date.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(date.strip());
		}
		catch (RuntimeException ex) {
			throw new RefusedActionException("progress.error.deadlineRequired");
		}
	}

}
