package org.unesco.gnlc.account;

import java.util.List;
import java.util.Locale;

import lombok.RequiredArgsConstructor;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unesco.gnlc.shared.security.PortalUser;

/**
 * Setting up two-factor sign-in (QR code, secret shown during enrolment only,
 * confirmation with a first code, recovery codes shown once), renewing the recovery codes
 * and turning it off. A person whose role requires it lands here right after their
 * password until it is set up.
 */
@Controller
@RequestMapping("/account/two-factor")
@RequiredArgsConstructor
class TwoFactorController {

	private final TwoFactor twoFactor;

	private final SignInCompletion completion;

	private final MessageSource messages;

	@GetMapping
	String overview(@AuthenticationPrincipal PortalUser user, Model model, Locale locale) {
		model.addAttribute("status", twoFactor.status(user.accountId()));
		twoFactor.pending(user.accountId(), qrTitle(locale))
			.ifPresent(enrolment -> model.addAttribute("enrolment", enrolment));
		model.addAttribute("enrolmentRequired", enrolmentStage());
		if (!model.containsAttribute("codeForm")) {
			model.addAttribute("codeForm", CodeForm.empty());
		}
		return "account/two-factor";
	}

	@PostMapping("/setup")
	String start(@AuthenticationPrincipal PortalUser user, Locale locale, RedirectAttributes redirect) {
		try {
			twoFactor.start(user.accountId(), qrTitle(locale));
		}
		catch (AccountExceptions.Refused refused) {
			redirect.addFlashAttribute("problem", refused.messageKey());
		}
		return "redirect:/account/two-factor";
	}

	@PostMapping("/confirm")
	String confirm(@AuthenticationPrincipal PortalUser user, @Valid @ModelAttribute CodeForm codeForm,
			BindingResult result, Model model, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {
		if (!result.hasErrors()) {
			try {
				List<String> codes = twoFactor.confirm(user.accountId(), codeForm.code());
				model.addAttribute("codes", codes);
				model.addAttribute("next", enrolmentStage() ? completion.complete(request, response, user.accountId())
						: "/account/two-factor");
				return "account/two-factor-recovery-codes";
			}
			catch (AccountExceptions.Refused refused) {
				result.rejectValue("code", refused.messageKey());
			}
		}
		return overview(user, model, locale);
	}

	@PostMapping("/recovery-codes")
	String renew(@AuthenticationPrincipal PortalUser user, @RequestParam(defaultValue = "") String password,
			Model model, RedirectAttributes redirect) {
		try {
			model.addAttribute("codes", twoFactor.renewRecoveryCodes(user.accountId(), password));
			model.addAttribute("next", "/account/two-factor");
			return "account/two-factor-recovery-codes";
		}
		catch (AccountExceptions.WrongPassword wrong) {
			redirect.addFlashAttribute("problem", "account.password.wrongCurrent");
		}
		catch (AccountExceptions.Refused refused) {
			redirect.addFlashAttribute("problem", refused.messageKey());
		}
		return "redirect:/account/two-factor";
	}

	@PostMapping("/disable")
	String disable(@AuthenticationPrincipal PortalUser user, @RequestParam(defaultValue = "") String password,
			RedirectAttributes redirect) {
		try {
			twoFactor.disable(user.accountId(), password);
			redirect.addFlashAttribute("success", "account.twoFactor.turnedOff");
		}
		catch (AccountExceptions.WrongPassword wrong) {
			redirect.addFlashAttribute("problem", "account.password.wrongCurrent");
		}
		catch (AccountExceptions.Refused refused) {
			redirect.addFlashAttribute("problem", refused.messageKey());
		}
		return "redirect:/account/two-factor";
	}

	private String qrTitle(Locale locale) {
		return messages.getMessage("account.twoFactor.qrTitle", null, locale);
	}

	private static boolean enrolmentStage() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication instanceof PendingSignIn pending && pending.stage() == PendingSignIn.Stage.ENROLMENT;
	}

}
