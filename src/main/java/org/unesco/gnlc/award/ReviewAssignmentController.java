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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unesco.gnlc.award.ReviewForms.AssignForm;
import org.unesco.gnlc.shared.security.PortalUser;
import org.unesco.gnlc.shared.web.RefusedActionException;

/** UIL_ADMIN assigns reviewers to a cycle's nominations and sees each reviewer's load. */
@Controller
@RequiredArgsConstructor
class ReviewAssignmentController {

	private final ReviewAssignments assignments;

	@GetMapping("/award/cycles/{year}/assignments")
	String assignments(@AuthenticationPrincipal PortalUser admin, @PathVariable int year,
			@RequestParam(name = "short", defaultValue = "false") boolean shortOnly,
			@RequestParam(defaultValue = "0") int page, Locale locale, Model model) {
		ReviewAssignments.AssignmentsPage view = assignments.page(admin, year, shortOnly, Math.max(0, page), locale);
		model.addAttribute("cycle", view.cycle());
		model.addAttribute("underReview", view.underReview());
		model.addAttribute("reviewers", view.reviewers());
		model.addAttribute("shortOnly", shortOnly);
		model.addAttribute("nominations", view.nominations());
		model.addAttribute("shortOfReviewers", view.shortOfReviewers());
		return "award/review/assignments";
	}

	@PostMapping("/award/cycles/{year}/assignments")
	String assign(@AuthenticationPrincipal PortalUser admin, @PathVariable int year,
			@Valid @ModelAttribute AssignForm assignForm, BindingResult result, RedirectAttributes redirect) {
		if (result.hasErrors() || assignForm.applicationId() == null || assignForm.reviewerId() == null) {
			throw new RefusedActionException("award.review.error.chooseReviewer");
		}
		assignments.assign(admin, year, assignForm.applicationId(), assignForm.reviewerId());
		redirect.addFlashAttribute("success", "award.review.assigned");
		return "redirect:/award/cycles/" + year + "/assignments";
	}

	@PostMapping("/award/cycles/{year}/assignments/{assignmentId}/unassign")
	String unassign(@AuthenticationPrincipal PortalUser admin, @PathVariable int year, @PathVariable long assignmentId,
			RedirectAttributes redirect) {
		assignments.unassign(admin, year, assignmentId);
		redirect.addFlashAttribute("success", "award.review.unassigned");
		return "redirect:/award/cycles/" + year + "/assignments";
	}

}
