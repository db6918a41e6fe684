package org.unesco.gnlc.account;

import lombok.RequiredArgsConstructor;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unesco.gnlc.shared.security.PortalUser;

/** Forgotten passwords (a link by e-mail) and a signed-in person's change of password. */
@Controller
@RequiredArgsConstructor
class PasswordController {

	private final Passwords passwords;

	private final PasswordPolicy passwordPolicy;

	@GetMapping("/password/forgot")
	String forgotForm(Model model) {
		model.addAttribute("emailForm", new EmailForm(null));
		return "account/password-forgot";
	}

	/** The same answer whether or not the address is known. */
	@PostMapping("/password/forgot")
	String forgot(@Valid @ModelAttribute EmailForm emailForm, BindingResult result, RedirectAttributes redirect,
			HttpServletRequest request, HttpServletResponse response) {
		if (result.hasErrors()) {
			return "account/password-forgot";
		}
		try {
			passwords.requestReset(emailForm.email(), request.getRemoteAddr());
		}
		catch (AccountExceptions.TooManyRequests tooMany) {
			RegistrationController.tooManyRequests(tooMany, result, response);
			return "account/password-forgot";
		}
		redirect.addFlashAttribute("email", Accounts.normalize(emailForm.email()));
		return "redirect:/password/forgot?sent";
	}

	@GetMapping("/password/reset")
	String resetForm(@RequestParam(defaultValue = "") String token, Model model) {
		passwords.emailForReset(token);
		model.addAttribute("passwordResetForm", new PasswordResetForm(token, null, null));
		return "account/password-reset";
	}

	@PostMapping("/password/reset")
	String reset(@ModelAttribute PasswordResetForm passwordResetForm, BindingResult result,
			RedirectAttributes redirect) {
		String token = passwordResetForm.token() == null ? "" : passwordResetForm.token();
		String email = passwords.emailForReset(token);
		passwordPolicy.check(passwordResetForm.password(), email, result, "password");
		RegistrationController.checkConfirmation(passwordResetForm.password(), passwordResetForm.passwordConfirmation(),
				result);
		if (result.hasErrors()) {
			return "account/password-reset";
		}
		passwords.reset(token, passwordResetForm.password());
		redirect.addFlashAttribute("success", "account.reset.done");
		return "redirect:/login";
	}

	@GetMapping("/account/password")
	String changeForm(Model model) {
		model.addAttribute("passwordChangeForm", PasswordChangeForm.empty());
		return "account/password-change";
	}

	@PostMapping("/account/password")
	String change(@AuthenticationPrincipal PortalUser user,
			@Valid @ModelAttribute PasswordChangeForm passwordChangeForm, BindingResult result,
			RedirectAttributes redirect) {
		passwordPolicy.check(passwordChangeForm.password(), user.email(), result, "password");
		RegistrationController.checkConfirmation(passwordChangeForm.password(),
				passwordChangeForm.passwordConfirmation(), result);
		if (result.hasErrors()) {
			return "account/password-change";
		}
		try {
			passwords.change(user, passwordChangeForm.currentPassword(), passwordChangeForm.password());
		}
		catch (AccountExceptions.WrongPassword wrong) {
			result.rejectValue("currentPassword", "account.password.wrongCurrent");
			return "account/password-change";
		}
		redirect.addFlashAttribute("success", "account.password.changed");
		return "redirect:/profile";
	}

}
