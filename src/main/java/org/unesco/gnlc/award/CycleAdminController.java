package org.unesco.gnlc.award;

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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unesco.gnlc.reference.ReferenceData;
import org.unesco.gnlc.shared.security.PortalUser;
import org.unesco.gnlc.shared.web.ItemPage;

/**
 * UIL_ADMIN's Award cycles: the list, a cycle's settings and criteria, and its phase
 * buttons.
 */
@Controller
@RequestMapping("/admin/award-cycles")
@RequiredArgsConstructor
class CycleAdminController {

	private final CycleAdministration administration;

	private final CyclePhases phases;

	private final ReferenceData referenceData;

	@GetMapping
	String cycles(@RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
		model.addAttribute("cycles", administration.page(page, locale));
		return "award/nomination/admin-cycles";
	}

	@GetMapping("/new")
	String newCycle(Model model, Locale locale) {
		model.addAttribute("cycleForm", administration.newCycleForm());
		return form(model, locale);
	}

	@PostMapping
	String create(@AuthenticationPrincipal PortalUser admin, @Valid @ModelAttribute CycleForm cycleForm,
			BindingResult result, Model model, Locale locale, RedirectAttributes redirect) {
		if (!result.hasFieldErrors("year") && cycleForm.year() != null && administration.yearTaken(cycleForm.year())) {
			result.rejectValue("year", "award.nomination.cycle.yearTaken",
					new Object[] { String.valueOf(cycleForm.year()) }, null);
		}
		if (result.hasErrors()) {
			return form(model, locale);
		}
		long id = administration.create(cycleForm, admin);
		redirect.addFlashAttribute("success", "award.nomination.cycle.created");
		return "redirect:/admin/award-cycles/" + id;
	}

	@GetMapping("/{id}")
	String cycle(@PathVariable long id, Model model, Locale locale) {
		model.addAttribute("view", administration.view(id, locale));
		return "award/nomination/admin-cycle";
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, Model model, Locale locale) {
		model.addAttribute("cycleId", id);
		model.addAttribute("cycleForm", administration.form(id));
		return form(model, locale);
	}

	@PostMapping("/{id}")
	String change(@AuthenticationPrincipal PortalUser admin, @PathVariable long id,
			@Valid @ModelAttribute CycleForm cycleForm, BindingResult result, Model model, Locale locale,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			model.addAttribute("cycleId", id);
			return form(model, locale);
		}
		administration.change(id, cycleForm, admin);
		redirect.addFlashAttribute("success", "award.nomination.cycle.saved");
		return "redirect:/admin/award-cycles/" + id;
	}

	@GetMapping("/{id}/criteria/new")
	String newCriterion(@PathVariable long id, Model model, Locale locale, RedirectAttributes redirect) {
		CycleAdministration.CycleView view = administration.view(id, locale);
		if (!view.criteriaEditable()) {
			return frozen(id, redirect);
		}
		model.addAttribute("view", view);
		model.addAttribute("criterionForm", CriterionForm.empty(view.cycle().version()));
		return "award/nomination/admin-criterion";
	}

	@PostMapping("/{id}/criteria")
	String addCriterion(@AuthenticationPrincipal PortalUser admin, @PathVariable long id,
			@Valid @ModelAttribute CriterionForm criterionForm, BindingResult result, Model model, Locale locale,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			model.addAttribute("view", administration.view(id, locale));
			return "award/nomination/admin-criterion";
		}
		administration.addCriterion(id, criterionForm, admin);
		redirect.addFlashAttribute("success", "award.nomination.criteria.saved");
		return "redirect:/admin/award-cycles/" + id;
	}

	@GetMapping("/{id}/criteria/{criterionId}")
	String editCriterion(@PathVariable long id, @PathVariable long criterionId, Model model, Locale locale,
			RedirectAttributes redirect) {
		CycleAdministration.CycleView view = administration.view(id, locale);
		CriterionForm form = administration.criterionForm(id, criterionId);
		if (!view.criteriaEditable()) {
			return frozen(id, redirect);
		}
		model.addAttribute("view", view);
		model.addAttribute("criterionId", criterionId);
		model.addAttribute("criterionForm", form);
		return "award/nomination/admin-criterion";
	}

	@PostMapping("/{id}/criteria/{criterionId}")
	String changeCriterion(@AuthenticationPrincipal PortalUser admin, @PathVariable long id,
			@PathVariable long criterionId, @Valid @ModelAttribute CriterionForm criterionForm, BindingResult result,
			Model model, Locale locale, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			model.addAttribute("view", administration.view(id, locale));
			model.addAttribute("criterionId", criterionId);
			return "award/nomination/admin-criterion";
		}
		administration.changeCriterion(id, criterionId, criterionForm, admin);
		redirect.addFlashAttribute("success", "award.nomination.criteria.saved");
		return "redirect:/admin/award-cycles/" + id;
	}

	@PostMapping("/{id}/criteria/{criterionId}/remove")
	@ItemPage("/admin/award-cycles/{id}")
	String removeCriterion(@AuthenticationPrincipal PortalUser admin, @PathVariable long id,
			@PathVariable long criterionId, @RequestParam long version, RedirectAttributes redirect) {
		administration.removeCriterion(id, criterionId, version, admin);
		redirect.addFlashAttribute("success", "award.nomination.criteria.removed");
		return "redirect:/admin/award-cycles/" + id;
	}

	@PostMapping("/{id}/criteria/{criterionId}/move")
	@ItemPage("/admin/award-cycles/{id}")
	String moveCriterion(@AuthenticationPrincipal PortalUser admin, @PathVariable long id,
			@PathVariable long criterionId, @RequestParam long version, @RequestParam String direction,
			RedirectAttributes redirect) {
		administration.moveCriterion(id, criterionId, "up".equals(direction), version, admin);
		redirect.addFlashAttribute("success", "award.nomination.criteria.moved");
		return "redirect:/admin/award-cycles/" + id;
	}

	@PostMapping("/{id}/open")
	String open(@AuthenticationPrincipal PortalUser admin, @PathVariable long id, @RequestParam long version,
			RedirectAttributes redirect) {
		phases.open(id, version, admin);
		redirect.addFlashAttribute("success", "award.nomination.cycle.opened");
		return "redirect:/admin/award-cycles/" + id;
	}

	@PostMapping("/{id}/close-nominations")
	String closeNominations(@AuthenticationPrincipal PortalUser admin, @PathVariable long id,
			@RequestParam long version, RedirectAttributes redirect) {
		phases.closeNominations(id, version, admin);
		redirect.addFlashAttribute("success", "award.nomination.cycle.nominationsClosed");
		return "redirect:/admin/award-cycles/" + id;
	}

	private String form(Model model, Locale locale) {
		model.addAttribute("countries", referenceData.countries(locale));
		return "award/nomination/admin-cycle-form";
	}

	private static String frozen(long id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("error", "award.nomination.criteria.frozen");
		return "redirect:/admin/award-cycles/" + id;
	}

}
