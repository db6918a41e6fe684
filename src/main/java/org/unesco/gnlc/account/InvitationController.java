package org.unesco.gnlc.account;

import java.util.Locale;

import lombok.RequiredArgsConstructor;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import jakarta.validation.Valid;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.unesco.gnlc.reference.ReferenceData;
import org.unesco.gnlc.shared.web.Language;

/** The invited person opens the link from their invitation and chooses their password. */
@Controller
@RequiredArgsConstructor
class InvitationController {

	private final Invitations invitations;

	private final PasswordPolicy passwordPolicy;

	private final ReferenceData referenceData;

	private final ThrottledSignIn signIn;

	private final SignInCompletion completion;

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
			Locale locale, HttpServletRequest request, HttpServletResponse response) {
		String token = acceptInvitationForm.token() == null ? "" : acceptInvitationForm.token();
		Invitations.Invitee invitee = invitations.invitee(token);
		passwordPolicy.check(acceptInvitationForm.password(), invitee.email(), result, "password");
		RegistrationController.checkConfirmation(acceptInvitationForm.password(),
				acceptInvitationForm.passwordConfirmation(), result);
		if (result.hasErrors()) {
			return page(invitee, model, locale);
		}
		String email = invitations.accept(acceptInvitationForm);
		// D23: the password just chosen signs the person in, through the one way of
		// signing in
		// (throttle, account state, two-step verification where set up or required).
		UsernamePasswordAuthenticationToken typed = UsernamePasswordAuthenticationToken.unauthenticated(email,
				acceptInvitationForm.password());
		typed.setDetails(new WebAuthenticationDetails(request));
		return "redirect:" + completion.afterPasswordChosen(request, response, signIn.authenticate(typed));
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
