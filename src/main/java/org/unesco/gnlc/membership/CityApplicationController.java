package org.unesco.gnlc.membership;

import java.util.List;
import java.util.Locale;

import lombok.RequiredArgsConstructor;

import jakarta.validation.groups.Default;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unesco.gnlc.membership.SectionForms.ChallengesForm;
import org.unesco.gnlc.membership.SectionForms.Complete;
import org.unesco.gnlc.shared.pdf.PdfRenderer;
import org.unesco.gnlc.shared.security.PortalUser;
import org.unesco.gnlc.shared.security.Role;

/**
 * The city's side of an application: the task list, one page per section, the form to
 * sign, the signed scan, the check of all answers and the submission.
 */
@Controller
@RequiredArgsConstructor
class CityApplicationController {

	private final MembershipApplications applications;

	private final MembershipCalls calls;

	private final ApplicationViews views;

	private final PdfRenderer pdf;

	private final SmartValidator validator;

	@GetMapping("/membership")
	String start(@AuthenticationPrincipal PortalUser user, Model model) {
		if (user.isSecretariat()) {
			return "redirect:/membership/decisions";
		}
		if (user.countryCode() != null && user.cityId() == null && user.role() == Role.NATCOM_ENDORSER) {
			return "redirect:/membership/endorsements";
		}
		model.addAttribute("open", applications.openApplicationOf(user).map(MembershipApplication::id).orElse(null));
		model.addAttribute("memberCity", applications.memberCityOf(user).orElse(null));
		model.addAttribute("history", applications.historyOf(user));
		model.addAttribute("currentCall", calls.current().orElse(null));
		model.addAttribute("nextCall", calls.next().orElse(null));
		return "membership/start";
	}

	@PostMapping("/membership/applications")
	String open(@AuthenticationPrincipal PortalUser user, RedirectAttributes redirect) {
		long id = applications.start(user);
		redirect.addFlashAttribute("success", "membership.started");
		return "redirect:/membership/applications/" + id;
	}

	@GetMapping("/membership/applications/{id}/sections/{slug}")
	String section(@AuthenticationPrincipal PortalUser user, @PathVariable long id, @PathVariable String slug,
			Model model, Locale locale) {
		MembershipApplication application = applications.forCity(user, id);
		Section section = Section.bySlug(slug).orElseThrow(ApplicationViews::notFound);
		if (!application.state().isEditableByCity()) {
			// Out of the city's hands: its answers to read, never a form it could type
			// into in vain.
			model.addAttribute("app", views.header(application, locale));
			model.addAttribute("section", section);
			model.addAttribute("sections", List.of(section));
			model.addAttribute("answers", application);
			model.addAttribute("ratings", views.ratings(application, locale));
			return "membership/section-answers";
		}
		model.addAttribute(SectionFormBinding.FORM, SectionForms.of(section, application));
		return sectionPage(application, section, model, locale);
	}

	/**
	 * Every section is saved here, its form bound by {@link SectionFormBinding}. "Save
	 * and continue" validates the section in full and marks it completed; "save and come
	 * back later" keeps what is there (formats still checked) and leaves it in progress.
	 */
	@PostMapping("/membership/applications/{id}/sections/{slug}")
	String save(@AuthenticationPrincipal PortalUser user, @PathVariable long id, @Nullable SectionAnswer form,
			BindingResult result, @RequestParam(defaultValue = "complete") String action, Model model,
			RedirectAttributes redirect, Locale locale) {
		// The scope first: an official of another city learns nothing from validation
		// messages.
		MembershipApplication application = applications.forCity(user, id);
		if (form == null) {
			// The form could not even be read (fields missing).
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		boolean complete = "complete".equals(action);
		if (form instanceof ChallengesForm challenges) {
			form = challenges.checked(activeChallengeIds(locale), complete, result);
		}
		if (complete) {
			validator.validate(form, result, Default.class, Complete.class);
		}
		else {
			validator.validate(form, result);
		}
		if (result.hasErrors()) {
			return sectionPage(application, form.section(), model, locale);
		}
		applications.saveSection(user, id, form.version(), complete, form);
		redirect.addFlashAttribute("success", complete ? "membership.section.completed" : "membership.section.saved");
		return "redirect:/membership/applications/" + id;
	}

	private List<Long> activeChallengeIds(Locale locale) {
		return calls.activeChallenges(locale).stream().map(MembershipCalls.ChallengeOption::id).toList();
	}

	private String sectionPage(MembershipApplication application, Section section, Model model, Locale locale) {
		model.addAttribute("app", views.header(application, locale));
		model.addAttribute("section", section);
		if (section == Section.CHALLENGES) {
			model.addAttribute("challenges", calls.activeChallenges(locale));
		}
		return "membership/section-" + section.slug();
	}

	@GetMapping("/membership/applications/{id}/check")
	String check(@AuthenticationPrincipal PortalUser user, @PathVariable long id, Model model, Locale locale) {
		MembershipApplication application = applications.forCity(user, id);
		views.fillDossier(model, user, application, locale);
		model.addAttribute("currentCall", calls.current().orElse(null));
		model.addAttribute("nextCall", calls.next().orElse(null));
		return "membership/check";
	}

	@GetMapping("/membership/applications/{id}/form.pdf")
	ResponseEntity<byte[]> formToSign(@AuthenticationPrincipal PortalUser user, @PathVariable long id, Locale locale) {
		MembershipApplication application = applications.forReading(user, id);
		return pdf.attachment("membership/print", views.printModel(application, locale), locale,
				"gnlc-membership-application-" + id + ".pdf");
	}

	@PostMapping("/membership/applications/{id}/signed-form")
	String uploadSignedForm(@AuthenticationPrincipal PortalUser user, @PathVariable long id,
			@RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes redirect) {
		applications.uploadSignedForm(user, id, file);
		redirect.addFlashAttribute("success", "membership.signedForm.uploaded");
		return "redirect:/membership/applications/" + id + "/check";
	}

	@PostMapping("/membership/applications/{id}/submit")
	String submit(@AuthenticationPrincipal PortalUser user, @PathVariable long id) {
		applications.submit(user, id);
		return "redirect:/membership/applications/" + id + "/submitted";
	}

	@GetMapping("/membership/applications/{id}/submitted")
	String submitted(@AuthenticationPrincipal PortalUser user, @PathVariable long id, Model model, Locale locale) {
		MembershipApplication application = applications.forCity(user, id);
		model.addAttribute("app", views.header(application, locale));
		return "membership/submitted";
	}

	@PostMapping("/membership/applications/{id}/withdraw")
	String withdraw(@AuthenticationPrincipal PortalUser user, @PathVariable long id,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		applications.withdraw(user, id, reason);
		redirect.addFlashAttribute("success", "membership.withdrawn");
		return "redirect:/membership/applications/" + id;
	}

}
