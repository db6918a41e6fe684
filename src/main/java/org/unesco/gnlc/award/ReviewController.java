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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unesco.gnlc.award.ReviewForms.ConflictForm;
import org.unesco.gnlc.award.ReviewForms.ScoreEntry;
import org.unesco.gnlc.award.ReviewForms.ScoreForm;
import org.unesco.gnlc.award.ReviewViews.AssignmentPage;
import org.unesco.gnlc.shared.security.PortalUser;
import org.unesco.gnlc.shared.web.RefusedActionException;

/** A UIL reviewer's assignments: declare a conflict, or score and submit. */
@Controller
@RequiredArgsConstructor
class ReviewController {

	private final Reviews reviews;

	@GetMapping("/award/review")
	String mine(@AuthenticationPrincipal PortalUser reviewer, @RequestParam(defaultValue = "0") int page, Locale locale,
			Model model) {
		model.addAttribute("assignments", reviews.mine(reviewer, Math.max(0, page), locale));
		return "award/review/mine";
	}

	@GetMapping("/award/review/{assignmentId}")
	String assignment(@AuthenticationPrincipal PortalUser reviewer, @PathVariable long assignmentId, Locale locale,
			Model model) {
		AssignmentPage page = reviews.page(reviewer, assignmentId, locale);
		model.addAttribute("page", page);
		model.addAttribute("scoreForm", reviews.currentScores(page));
		model.addAttribute("conflictForm", new ConflictForm(null));
		return "award/review/assignment";
	}

	@PostMapping("/award/review/{assignmentId}/conflict")
	String declareConflict(@AuthenticationPrincipal PortalUser reviewer, @PathVariable long assignmentId,
			@Valid @ModelAttribute ConflictForm conflictForm, BindingResult result, Locale locale, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			AssignmentPage page = reviews.page(reviewer, assignmentId, locale);
			model.addAttribute("page", page);
			model.addAttribute("scoreForm", reviews.currentScores(page));
			return "award/review/assignment";
		}
		reviews.declareConflict(reviewer, assignmentId, conflictForm.note());
		redirect.addFlashAttribute("success", "award.review.conflictDeclared");
		// From now on the nomination is closed to the reviewer: back to their list.
		return "redirect:/award/review";
	}

	@PostMapping("/award/review/{assignmentId}/scores")
	String score(@AuthenticationPrincipal PortalUser reviewer, @PathVariable long assignmentId,
			@Valid @ModelAttribute ScoreForm scoreForm, BindingResult result, Locale locale, Model model,
			RedirectAttributes redirect) {
		List<CriterionInfo> criteria = reviews.criteriaOf(reviewer, assignmentId, locale);
		if (!fits(scoreForm, criteria)) {
			throw new RefusedActionException("award.review.error.everyCriterion");
		}
		BindingResult checked = ScoreChecks.inCriterionOrder(scoreForm, result, criteria);
		if (checked.hasErrors()) {
			model.addAttribute("page", reviews.page(reviewer, assignmentId, locale));
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "scoreForm", checked);
			model.addAttribute("conflictForm", new ConflictForm(null));
			return "award/review/assignment";
		}
		Reviews.Outcome outcome = reviews.score(reviewer, assignmentId, scoreForm);
		redirect.addFlashAttribute("success", switch (outcome) {
			case SUBMITTED -> "award.review.scores.submitted";
			case CHANGED -> "award.review.scores.changed";
			case UNCHANGED -> "award.review.scores.unchanged";
		});
		return "redirect:/award/review/" + assignmentId;
	}

	/**
	 * Whether the form holds one entry per criterion, in order: only then can it be shown
	 * again with its errors.
	 */
	private static boolean fits(ScoreForm form, List<CriterionInfo> criteria) {
		List<ScoreEntry> entries = form.entriesOrEmpty();
		if (entries.size() != criteria.size()) {
			return false;
		}
		for (int i = 0; i < entries.size(); i++) {
			if (entries.get(i) == null || entries.get(i).criterionId() == null
					|| entries.get(i).criterionId() != criteria.get(i).id()) {
				return false;
			}
		}
		return true;
	}

}
