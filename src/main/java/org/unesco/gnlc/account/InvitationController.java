package org.unesco.gnlc.account;

import java.util.Locale;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unesco.gnlc.reference.ReferenceData;
import org.unesco.gnlc.shared.web.Language;

/** The invited person opens the link from their invitation and chooses their password. */
@Controller
class InvitationController {

	private final Invitations invitations;

	private final PasswordPolicy passwordPolicy;

	private final ReferenceData referenceData;

	InvitationController(Invitations invitations, PasswordPolicy passwordPolicy, ReferenceData referenceData) {
		this.invitations = invitations;
		this.passwordPolicy = passwordPolicy;
		this.referenceData = referenceData;
	}

	@ModelAttribute("languages")
	Language[] languages() {
		return Language.values();
	}

	@GetMapping("/invitation")
	String open(@RequestParam(defaultValue = "") String token, Model model, Locale locale) {
		Invitations.Invitee invitee = invitations.invitee(token);
		model.addAttribute("acceptInvitationForm",
				new AcceptInvitationForm(token, invitee.fullName(), null, null, invitee.language()));
		return page(invitee, model, locale);
	}

	@PostMapping("/invitation")
	String accept(@Valid @ModelAttribute AcceptInvitationForm acceptInvitationForm, BindingResult result, Model model,
			Locale locale, RedirectAttributes redirect) {
		String token = acceptInvitationForm.token() == null ? "" : acceptInvitationForm.token();
		Invitations.Invitee invitee = invitations.invitee(token);
		passwordPolicy.check(acceptInvitationForm.password(), invitee.email(), result, "password");
		RegistrationController.checkConfirmation(acceptInvitationForm.password(),
				acceptInvitationForm.passwordConfirmation(), result);
		if (result.hasErrors()) {
			return page(invitee, model, locale);
		}
		invitations.accept(acceptInvitationForm);
		redirect.addFlashAttribute("success", "account.invitation.accepted");
		return "redirect:/login";
	}

	private String page(Invitations.Invitee invitee, Model model, Locale locale) {
		model.addAttribute("invitee", invitee);
		if (invitee.countryCode() != null) {
			referenceData.country(invitee.countryCode(), locale)
				.ifPresent(country -> model.addAttribute("inviteeCountry", country.name()));
		}
		model.addAttribute("twoFactorRequired", TwoFactorPolicy.roleRequires(invitee.role()));
		return "account/invitation";
	}

}
