package org.unesco.gnlc.progress;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unesco.gnlc.shared.security.PortalUser;
import org.unesco.gnlc.shared.web.Attachments;

/**
 * UIL's follow-up of a round after its grace period: the members whose report is missing
 * or not accepted, their suspension and reinstatement; and the round's exports.
 */
@Controller
@RequiredArgsConstructor
class FollowUpController {

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final ProgressReports reports;

	private final ProgressRounds rounds;

	private final ProgressExport export;

	@GetMapping("/progress-reports/rounds/{roundId}/overdue")
	String overdue(@AuthenticationPrincipal PortalUser user, @PathVariable long roundId, Model model) {
		model.addAttribute("followUps", reports.overdue(user, roundId));
		model.addAttribute("round", rounds.get(roundId));
		model.addAttribute("roundId", roundId);
		return "progress/overdue";
	}

	@PostMapping("/progress-reports/{id}/suspend")
	String suspend(@AuthenticationPrincipal PortalUser user, @PathVariable long id,
			@RequestParam(required = false) @Nullable String reason, RedirectAttributes redirect) {
		reports.suspend(user, id, reason);
		redirect.addFlashAttribute("success", "progress.followUp.suspended");
		return "redirect:/progress-reports/" + id;
	}

	@PostMapping("/progress-reports/{id}/reinstate")
	String reinstate(@AuthenticationPrincipal PortalUser user, @PathVariable long id,
			@RequestParam(required = false) @Nullable String comment, RedirectAttributes redirect) {
		reports.reinstate(user, id, comment);
		redirect.addFlashAttribute("success", "progress.followUp.reinstated");
		return "redirect:/progress-reports/" + id;
	}

	@GetMapping("/progress-reports/rounds/{roundId}/reports.csv")
	ResponseEntity<byte[]> csv(@AuthenticationPrincipal PortalUser user, @PathVariable long roundId, Locale locale) {
		return Attachments.of(export.csv(user, roundId, locale), new MediaType("text", "csv", StandardCharsets.UTF_8),
				"gnlc-progress-round-" + roundId + ".csv");
	}

	@GetMapping("/progress-reports/rounds/{roundId}/reports.xlsx")
	ResponseEntity<byte[]> xlsx(@AuthenticationPrincipal PortalUser user, @PathVariable long roundId, Locale locale) {
		return Attachments.of(export.xlsx(user, roundId, locale), XLSX, "gnlc-progress-round-" + roundId + ".xlsx");
	}

}
