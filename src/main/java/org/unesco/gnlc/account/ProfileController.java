package org.unesco.gnlc.account;

import lombok.RequiredArgsConstructor;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unesco.gnlc.shared.security.PortalUser;
import org.unesco.gnlc.shared.web.Language;

/**
 * A person's own profile; saving it updates their session and the language of the
 * interface.
 */
@Controller
@RequiredArgsConstructor
class ProfileController {

	private final Profiles profiles;

	private final TwoFactor twoFactor;

	private final SecurityContextRepository contextRepository;

	private final LocaleResolver localeResolver;

	@ModelAttribute("languages")
	Language[] languages() {
		return Language.values();
	}

	@GetMapping("/profile")
	String profile(@AuthenticationPrincipal PortalUser user, Model model) {
		model.addAttribute("profileForm", profiles.form(user.accountId()));
		model.addAttribute("user", user);
		model.addAttribute("twoFactor", twoFactor.status(user.accountId()));
		return "account/profile";
	}

	@PostMapping("/profile")
	String save(@AuthenticationPrincipal PortalUser user, @Valid @ModelAttribute ProfileForm profileForm,
			BindingResult result, Model model, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			model.addAttribute("user", user);
			model.addAttribute("twoFactor", twoFactor.status(user.accountId()));
			return "account/profile";
		}
		PortalUser updated = profiles.update(user.accountId(), profileForm);
		updated.eraseCredentials();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(updated, null, updated.getAuthorities()));
		SecurityContextHolder.setContext(context);
		contextRepository.saveContext(context, request, response);
		localeResolver.setLocale(request, response, updated.preferredLocale());
		redirect.addFlashAttribute("success", "account.profile.saved");
		return "redirect:/profile";
	}

}
