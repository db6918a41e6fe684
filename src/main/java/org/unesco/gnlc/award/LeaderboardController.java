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
import org.unesco.gnlc.award.ReviewForms.ShortlistForm;
import org.unesco.gnlc.shared.security.PortalUser;
import org.unesco.gnlc.shared.security.Role;
import org.unesco.gnlc.shared.web.RefusedActionException;

/** The leaderboard of a cycle, UIL's shortlist and sending it to the jury. */
@Controller
@RequiredArgsConstructor
class LeaderboardController {

	private final Leaderboard leaderboard;

	private final CyclePhases phases;

	@GetMapping("/award/cycles/{year}/leaderboard")
	String leaderboard(@AuthenticationPrincipal PortalUser user, @PathVariable int year,
			@RequestParam(defaultValue = "0") int page, Locale locale, Model model) {
		Leaderboard.Board board = leaderboard.board(user, year, Math.max(0, page), locale);
		model.addAttribute("board", board);
		model.addAttribute("cycle", board.cycle().info(locale, 0));
		model.addAttribute("underReview", board.cycle().isUnderReview());
		model.addAttribute("admin", user.is(Role.UIL_ADMIN));
		return "award/review/leaderboard";
	}

	@PostMapping("/award/cycles/{year}/leaderboard/shortlist")
	String shortlist(@AuthenticationPrincipal PortalUser user, @PathVariable int year,
			@Valid @ModelAttribute ShortlistForm shortlistForm, BindingResult result, RedirectAttributes redirect) {
		leaderboard.shortlist(user, year, applicationId(shortlistForm, result), shortlistForm.comment());
		redirect.addFlashAttribute("success", "award.review.shortlisted");
		return "redirect:/award/cycles/" + year + "/leaderboard";
	}

	@PostMapping("/award/cycles/{year}/leaderboard/unshortlist")
	String removeFromShortlist(@AuthenticationPrincipal PortalUser user, @PathVariable int year,
			@Valid @ModelAttribute ShortlistForm shortlistForm, BindingResult result, RedirectAttributes redirect) {
		leaderboard.removeFromShortlist(user, year, applicationId(shortlistForm, result), shortlistForm.comment());
		redirect.addFlashAttribute("success", "award.review.removedFromShortlist");
		return "redirect:/award/cycles/" + year + "/leaderboard";
	}

	/**
	 * Sends the shortlist to the jury, which cannot be undone: the first request shows
	 * what will happen and who is told, and only the confirmed one acts.
	 */
	@PostMapping("/award/cycles/{year}/leaderboard/convene-jury")
	String conveneJury(@AuthenticationPrincipal PortalUser admin, @PathVariable int year,
			@RequestParam(defaultValue = "false") boolean confirmed, Locale locale, Model model,
			RedirectAttributes redirect) {
		if (!confirmed) {
			model.addAttribute("summary", leaderboard.beforeConvening(admin, year, locale));
			return "award/review/convene-confirm";
		}
		phases.conveneJury(admin, year);
		redirect.addFlashAttribute("success", "award.review.juryConvened");
		return "redirect:/award/cycles/" + year + "/leaderboard";
	}

	private static long applicationId(ShortlistForm form, BindingResult result) {
		if (result.hasFieldErrors("comment")) {
			throw new RefusedActionException("award.review.error.commentTooLong");
		}
		if (result.hasErrors() || form.applicationId() == null) {
			throw new RefusedActionException("award.review.error.chooseNomination");
		}
		return form.applicationId();
	}

}
