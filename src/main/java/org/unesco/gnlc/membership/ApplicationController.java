package org.unesco.gnlc.membership;

import java.util.Locale;

import lombok.RequiredArgsConstructor;

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

/**
 * One application as each person involved sees it: its timeline, its thread, its files.
 */
@Controller
@RequiredArgsConstructor
class ApplicationController {

	private final MembershipApplications applications;

	private final ApplicationViews views;

	@GetMapping("/membership/applications/{id}")
	String show(@AuthenticationPrincipal PortalUser user, @PathVariable long id, Model model, Locale locale) {
		MembershipApplication application = applications.forReading(user, id);
		views.fillDossier(model, user, application, locale);
		return user.actsForCity(application.cityId()) ? "membership/task-list" : "membership/dossier";
	}

	@PostMapping("/membership/applications/{id}/comments")
	String comment(@AuthenticationPrincipal PortalUser user, @PathVariable long id,
			@RequestParam(defaultValue = "") String body, @RequestParam(defaultValue = "false") boolean internal,
			RedirectAttributes redirect) {
		applications.comment(user, id, body, internal);
		redirect.addFlashAttribute("success", "membership.comment.added");
		return "redirect:/membership/applications/" + id + "#comments";
	}

	@GetMapping("/membership/applications/{id}/documents/{documentId}")
	ResponseEntity<byte[]> download(@AuthenticationPrincipal PortalUser user, @PathVariable long id,
			@PathVariable long documentId) {
		return applications.download(user, id, documentId).download();
	}

}
