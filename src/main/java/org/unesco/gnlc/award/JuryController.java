package org.unesco.gnlc.award;

import java.util.List;
import java.util.Locale;

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
import org.unesco.gnlc.award.JuryForms.JuryBallotForm;
import org.unesco.gnlc.award.JuryForms.JuryPublishForm;
import org.unesco.gnlc.award.JuryForms.JurySelectionForm;
import org.unesco.gnlc.shared.security.PortalUser;
import org.unesco.gnlc.shared.web.RefusedActionException;

/**
 * The jury's pages: UIL_ADMIN composes the jury, follows the vote, records the final
 * selection and publishes; each juror reads the shortlist and casts their ballot.
 */
@Controller
@RequiredArgsConstructor
class JuryController {

	private final Jury jury;

	private final JuryComposition composition;

	private final Ballots ballots;

	private final JurySelection selection;

	private final CyclePhases phases;

	// UIL_ADMIN
	// ------------------------------------------------------------------------------------

	@GetMapping("/award/cycles/{year}/jury")
	String jury(@AuthenticationPrincipal PortalUser user, @PathVariable int year, Locale locale, Model model) {
		return adminPage(user, year, locale, model, null, null, List.of());
	}

	@PostMapping("/award/cycles/{year}/jury/members")
	String addJuror(@AuthenticationPrincipal PortalUser user, @PathVariable int year,
			@RequestParam(required = false) @Nullable Long accountId, RedirectAttributes redirect) {
		if (accountId == null) {
			throw new RefusedActionException("award.jury.error.chooseJuror");
		}
		composition.addJuror(user, year, accountId);
		redirect.addFlashAttribute("success", "award.jury.added");
		return "redirect:/award/cycles/" + year + "/jury";
	}

	@PostMapping("/award/cycles/{year}/jury/members/{accountId}/remove")
	String removeJuror(@AuthenticationPrincipal PortalUser user, @PathVariable int year, @PathVariable long accountId,
			RedirectAttributes redirect) {
		composition.removeJuror(user, year, accountId);
		redirect.addFlashAttribute("success", "award.jury.removed");
		return "redirect:/award/cycles/" + year + "/jury";
	}

	@PostMapping("/award/cycles/{year}/jury/selection")
	String recordSelection(@AuthenticationPrincipal PortalUser user, @PathVariable int year,
			@Valid @ModelAttribute("selectionForm") JurySelectionForm form, BindingResult errors, Locale locale,
			Model model, RedirectAttributes redirect) {
		AwardRoles.requireAdmin(user);
		if (!errors.hasErrors() && form.chosen().isEmpty()) {
			errors.rejectValue("awarded", "award.jury.error.noSelection");
		}
		if ((form.tieDecision() == null || form.tieDecision().isBlank()) && selection.tied(year)) {
			errors.rejectValue("tieDecision", "award.jury.error.tieUndecided");
		}
		if (errors.hasErrors()) {
			return adminPage(user, year, locale, model, form, null, List.of());
		}
		List<String> twice = selection.countriesChosenTwice(year, form.chosen(), locale);
		if (!twice.isEmpty() && !form.isSameCountryConfirmed()) {
			// Warned, not refused: the page asks UIL to confirm, with the choices kept.
			return adminPage(user, year, locale, model, form, null, twice);
		}
		if (!form.isConfirmed()) {
			// The selection tells every shortlisted city whether it receives the Award:
			// confirm first.
			selection.check(user, year, form.chosen());
			model.addAttribute("view", jury.forAdmin(user, year, locale));
			model.addAttribute("selectionForm", form);
			return "award/jury/selection-confirm";
		}
		selection.recordSelection(user, year, form.chosen(), form.rationale(), form.tieDecision());
		redirect.addFlashAttribute("success", "award.jury.selectionRecorded");
		return "redirect:/award/cycles/" + year + "/jury";
	}

	@PostMapping("/award/cycles/{year}/jury/publish")
	String publish(@AuthenticationPrincipal PortalUser user, @PathVariable int year,
			@Valid @ModelAttribute("publishForm") JuryPublishForm form, BindingResult errors, Locale locale,
			Model model, RedirectAttributes redirect) {
		AwardRoles.requireAdmin(user);
		if (errors.hasErrors()) {
			return adminPage(user, year, locale, model, null, form, List.of());
		}
		if (!form.isConfirmed()) {
			// Publishing cannot be undone: say first what it does and who is told.
			Jury.AdminView view = jury.forAdmin(user, year, locale);
			if (!view.publishable()) {
				throw new RefusedActionException("award.jury.error.selectionMissing");
			}
			model.addAttribute("view", view);
			model.addAttribute("publishForm", form);
			return "award/jury/publish-confirm";
		}
		phases.publish(user, year, form.rationale());
		redirect.addFlashAttribute("success", "award.jury.published");
		return "redirect:/award/cycles/" + year + "/jury";
	}

	private String adminPage(PortalUser user, int year, Locale locale, Model model,
			@Nullable JurySelectionForm selectionForm, @Nullable JuryPublishForm publishForm,
			List<String> countriesChosenTwice) {
		Jury.AdminView view = jury.forAdmin(user, year, locale);
		model.addAttribute("view", view);
		model.addAttribute("selectionForm", selectionForm != null ? selectionForm : JurySelectionForm.empty());
		model.addAttribute("publishForm", publishForm != null ? publishForm
				: new JuryPublishForm(view.rationale() == null ? "" : view.rationale(), null));
		model.addAttribute("countriesChosenTwice", countriesChosenTwice);
		return "award/jury/admin";
	}

	// JURY_MEMBER
	// ----------------------------------------------------------------------------------

	@GetMapping("/award/jury")
	String seats(@AuthenticationPrincipal PortalUser user, Locale locale, Model model) {
		model.addAttribute("seats", jury.seats(user, locale));
		return "award/jury/seats";
	}

	@GetMapping("/award/jury/{year}")
	String ballot(@AuthenticationPrincipal PortalUser user, @PathVariable int year, Locale locale, Model model) {
		model.addAttribute("view", jury.forJuror(user, year, locale));
		return "award/jury/ballot";
	}

	@PostMapping("/award/jury/{year}/ballot")
	String cast(@AuthenticationPrincipal PortalUser user, @PathVariable int year, JuryBallotForm form,
			RedirectAttributes redirect) {
		ballots.cast(user, year, form.chosen(), form.isConfirmed());
		redirect.addFlashAttribute("success", "award.jury.ballotCast");
		return "redirect:/award/jury/" + year;
	}

}
