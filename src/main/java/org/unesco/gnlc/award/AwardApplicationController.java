package org.unesco.gnlc.award;

import java.util.Arrays;
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
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unesco.gnlc.award.AwardApplicationForms.AnswerForm;
import org.unesco.gnlc.award.AwardApplicationForms.Complete;
import org.unesco.gnlc.award.AwardApplicationForms.ProfileForm;
import org.unesco.gnlc.shared.pdf.PdfRenderer;
import org.unesco.gnlc.shared.security.PortalUser;
import org.unesco.gnlc.shared.security.Role;
import org.unesco.gnlc.shared.web.ItemPage;
import org.unesco.gnlc.shared.web.Language;
import org.unesco.gnlc.shared.web.RefusedActionException;
import org.unesco.gnlc.shared.web.WordLimit;

/**
 * The city's side of the Award and the dossier everyone involved reads: the open cycles
 * with the city's eligibility, the task list (city and contacts, one section per
 * criterion), the form to sign, the Consent Form, additional materials and links, the
 * check before submitting, submission and withdrawal.
 */
@Controller
@RequiredArgsConstructor
class AwardApplicationController {

	private final AwardApplications applications;

	private final AwardApplicationViews views;

	private final PdfRenderer pdf;

	private final SmartValidator validator;

	@GetMapping("/award")
	String start(@AuthenticationPrincipal PortalUser user, Model model, Locale locale) {
		if (user.is(Role.CITY_OFFICIAL) && user.cityId() != null) {
			model.addAttribute("offers",
					applications.offersFor(user, locale).stream().map(AwardApplicationViews::view).toList());
			model.addAttribute("history", views.history(applications.historyOf(user)));
			return "award/application/start";
		}
		model.addAttribute("cycles", applications.openCycles(locale));
		model.addAttribute("role", user.role());
		return "award/application/overview";
	}

	@PostMapping("/award/cycles/{cycleId}/applications")
	@ItemPage("/award")
	String open(@AuthenticationPrincipal PortalUser user, @PathVariable long cycleId, RedirectAttributes redirect) {
		AwardApplications.Started started = applications.start(user, cycleId);
		redirect.addFlashAttribute("success",
				started.existing() ? "award.application.alreadyStarted" : "award.application.started");
		return "redirect:/award/applications/" + started.id();
	}

	@GetMapping("/award/applications/{id}")
	String show(@AuthenticationPrincipal PortalUser user, @PathVariable long id, Model model, Locale locale) {
		AwardApplication application = applications.forReading(user, id);
		views.fill(model, user, application, locale);
		boolean ownDraft = user.actsForCity(application.cityId()) && application.state() == ApplicationState.DRAFT;
		return ownDraft ? "award/application/task-list" : "award/application/dossier";
	}

	// Sections
	// ------------------------------------------------------------------------------------

	@GetMapping("/award/applications/{id}/sections/profile")
	String profile(@AuthenticationPrincipal PortalUser user, @PathVariable long id, Model model, Locale locale) {
		AwardApplication application = applications.forCity(user, id);
		if (application.state() != ApplicationState.DRAFT) {
			return "redirect:/award/applications/" + id;
		}
		model.addAttribute("form", ProfileForm.of(application));
		return profilePage(user, application, model, locale);
	}

	@PostMapping("/award/applications/{id}/sections/profile")
	String saveProfile(@AuthenticationPrincipal PortalUser user, @PathVariable long id,
			@ModelAttribute("form") ProfileForm form, BindingResult result, Model model, RedirectAttributes redirect,
			Locale locale) {
		// The scope first: an official of another city learns nothing from validation
		// messages.
		AwardApplication application = editable(user, id);
		if (form.completed()) {
			validator.validate(form, result, Default.class, Complete.class);
		}
		else {
			validator.validate(form, result);
		}
		if (result.hasErrors()) {
			return profilePage(user, application, model, locale);
		}
		applications.saveProfile(user, id, form.versionSeen(), form.completed(), form.profile());
		redirect.addFlashAttribute("success",
				form.completed() ? "award.application.section.completed" : "award.application.section.saved");
		return "redirect:/award/applications/" + id;
	}

	private String profilePage(PortalUser user, AwardApplication application, Model model, Locale locale) {
		model.addAttribute("app", views.header(user, application, cycleOf(application), locale));
		return "award/application/section-profile";
	}

	@GetMapping("/award/applications/{id}/sections/criteria/{criterionId}")
	String criterion(@AuthenticationPrincipal PortalUser user, @PathVariable long id, @PathVariable long criterionId,
			Model model, Locale locale) {
		AwardApplication application = applications.forCity(user, id);
		if (application.state() != ApplicationState.DRAFT) {
			return "redirect:/award/applications/" + id;
		}
		Criterion criterion = applications.criterionOf(application, criterionId);
		model.addAttribute("form", AnswerForm.of(application, criterionId));
		return criterionPage(user, application, criterion, model, locale);
	}

	@PostMapping("/award/applications/{id}/sections/criteria/{criterionId}")
	String saveCriterion(@AuthenticationPrincipal PortalUser user, @PathVariable long id,
			@PathVariable long criterionId, @ModelAttribute("form") AnswerForm form, BindingResult result, Model model,
			RedirectAttributes redirect, Locale locale) {
		AwardApplication application = editable(user, id);
		Criterion criterion = applications.criterionOf(application, criterionId);
		validator.validate(form, result);
		int words = WordLimit.Validator.count(form.answer());
		if (words > criterion.wordLimit()) {
			result.rejectValue("answer", "award.application.answer.tooLong.field",
					new Object[] { words, criterion.wordLimit() }, "Too many words");
		}
		if (form.completed() && (form.answer() == null || form.answer().isBlank())) {
			result.rejectValue("answer", "award.application.answer.required");
		}
		if (result.hasErrors()) {
			return criterionPage(user, application, criterion, model, locale);
		}
		applications.saveAnswer(user, id, criterionId, form.versionSeen(), form.completed(), form.answer());
		redirect.addFlashAttribute("success",
				form.completed() ? "award.application.section.completed" : "award.application.section.saved");
		return "redirect:/award/applications/" + id;
	}

	private String criterionPage(PortalUser user, AwardApplication application, Criterion criterion, Model model,
			Locale locale) {
		model.addAttribute("app", views.header(user, application, cycleOf(application), locale));
		model.addAttribute("criterion", criterion.info(locale));
		return "award/application/section-criterion";
	}

	/**
	 * The city's own draft: other cities are refused (403), a submitted application has
	 * no forms.
	 */
	private AwardApplication editable(PortalUser user, long id) {
		AwardApplication application = applications.forCity(user, id);
		if (application.state() != ApplicationState.DRAFT) {
			throw new RefusedActionException("award.error.notEditable");
		}
		return application;
	}

	private AwardCycle cycleOf(AwardApplication application) {
		return applications.cycleOf(application);
	}

	// Check, sign, files and links
	// ----------------------------------------------------------------

	@GetMapping("/award/applications/{id}/check")
	String check(@AuthenticationPrincipal PortalUser user, @PathVariable long id, Model model, Locale locale) {
		AwardApplication application = applications.forCity(user, id);
		views.fill(model, user, application, locale);
		return "award/application/check";
	}

	@GetMapping("/award/applications/{id}/form.pdf")
	ResponseEntity<byte[]> formToSign(@AuthenticationPrincipal PortalUser user, @PathVariable long id, Locale locale) {
		AwardApplication application = applications.forReading(user, id);
		return pdf.attachment("award/application/print", views.printModel(application, locale), locale,
				"learning-city-award-application-" + id + ".pdf");
	}

	/**
	 * The blank Consent Form in English, French or Spanish, the city and the cycle filled
	 * in, for the mayor to sign and the city to upload (404 for any other language).
	 */
	@GetMapping("/award/applications/{id}/consent-form/{language}.pdf")
	ResponseEntity<byte[]> blankConsentForm(@AuthenticationPrincipal PortalUser user, @PathVariable long id,
			@PathVariable String language) {
		Language formLanguage = AwardApplicationViews.CONSENT_FORM_LANGUAGES.stream()
			.filter(candidate -> candidate.code().equals(language))
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		AwardApplication application = applications.forCity(user, id);
		return pdf.attachment("award/application/consent-form",
				views.consentFormModel(application, formLanguage.locale()), formLanguage.locale(),
				"learning-city-award-" + application.year() + "-consent-form-" + language + ".pdf");
	}

	@PostMapping("/award/applications/{id}/signed-form")
	String uploadSignedForm(@AuthenticationPrincipal PortalUser user, @PathVariable long id,
			@RequestParam(name = "file", required = false) @Nullable MultipartFile file, RedirectAttributes redirect) {
		applications.uploadSignedForm(user, id, file);
		redirect.addFlashAttribute("success", "award.application.signedForm.uploaded");
		return "redirect:/award/applications/" + id + "/check#signature";
	}

	@PostMapping("/award/applications/{id}/consent-form")
	String uploadConsentForm(@AuthenticationPrincipal PortalUser user, @PathVariable long id,
			@RequestParam(name = "file", required = false) @Nullable MultipartFile file, RedirectAttributes redirect) {
		applications.uploadConsentForm(user, id, file);
		redirect.addFlashAttribute("success", "award.application.consent.uploaded");
		return "redirect:/award/applications/" + id + "/check#consent";
	}

	@PostMapping("/award/applications/{id}/materials")
	String uploadMaterial(@AuthenticationPrincipal PortalUser user, @PathVariable long id,
			@RequestParam(name = "file", required = false) @Nullable MultipartFile file, RedirectAttributes redirect) {
		applications.uploadMaterial(user, id, file);
		redirect.addFlashAttribute("success", "award.application.materials.uploaded");
		return "redirect:/award/applications/" + id + "/check#materials";
	}

	@PostMapping("/award/applications/{id}/materials/{documentId}/remove")
	String removeMaterial(@AuthenticationPrincipal PortalUser user, @PathVariable long id,
			@PathVariable long documentId, RedirectAttributes redirect) {
		applications.removeMaterial(user, id, documentId);
		redirect.addFlashAttribute("success", "award.application.materials.removed");
		return "redirect:/award/applications/" + id + "/check#materials";
	}

	@PostMapping("/award/applications/{id}/links")
	String addLink(@AuthenticationPrincipal PortalUser user, @PathVariable long id,
			@RequestParam(required = false) @Nullable String kind, @RequestParam(required = false) @Nullable String url,
			@RequestParam(required = false) @Nullable String title, RedirectAttributes redirect) {
		AwardLinks.LinkKind linkKind = Arrays.stream(AwardLinks.LinkKind.values())
			.filter(candidate -> candidate.name().equals(kind))
			.findFirst()
			.orElse(null);
		applications.addLink(user, id, linkKind, url, title);
		redirect.addFlashAttribute("success", "award.application.link.added");
		return "redirect:/award/applications/" + id + "/check#materials";
	}

	@PostMapping("/award/applications/{id}/links/{linkId}/remove")
	String removeLink(@AuthenticationPrincipal PortalUser user, @PathVariable long id, @PathVariable long linkId,
			RedirectAttributes redirect) {
		applications.removeLink(user, id, linkId);
		redirect.addFlashAttribute("success", "award.application.link.removed");
		return "redirect:/award/applications/" + id + "/check#materials";
	}

	@GetMapping("/award/applications/{id}/documents/{documentId}")
	ResponseEntity<byte[]> download(@AuthenticationPrincipal PortalUser user, @PathVariable long id,
			@PathVariable long documentId) {
		return applications.download(user, id, documentId).download();
	}

	// Transitions
	// ---------------------------------------------------------------------------------

	@PostMapping("/award/applications/{id}/submit")
	String submit(@AuthenticationPrincipal PortalUser user, @PathVariable long id, RedirectAttributes redirect) {
		applications.submit(user, id);
		redirect.addFlashAttribute("success", "award.application.submitted");
		return "redirect:/award/applications/" + id;
	}

	@PostMapping("/award/applications/{id}/withdraw")
	String withdraw(@AuthenticationPrincipal PortalUser user, @PathVariable long id,
			@RequestParam(required = false) @Nullable String reason, RedirectAttributes redirect) {
		applications.withdraw(user, id, reason);
		redirect.addFlashAttribute("success", "award.application.withdrawn");
		return "redirect:/award/applications/" + id;
	}

}
