package org.unesco.gnlc.account;

import java.util.Optional;

import lombok.RequiredArgsConstructor;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unesco.gnlc.shared.security.PortalUser;

/**
 * The second step of signing in: the code of the authenticator app, or a recovery code.
 * Wrong codes have a limit of their own, which grows and which a right password does not
 * reset.
 */
@Controller
@RequiredArgsConstructor
class TwoFactorSignInController {

	private final TwoFactor twoFactor;

	private final SignInThrottle throttle;

	private final SecurityLog securityLog;

	private final SignInCompletion completion;

	@GetMapping("/login/two-factor")
	String challenge(Model model) {
		Optional<PendingSignIn> pending = pending();
		if (pending.isEmpty()) {
			return elsewhere();
		}
		model.addAttribute("codeForm", CodeForm.empty());
		return "account/two-factor-challenge";
	}

	@PostMapping("/login/two-factor")
	String verify(@Valid @ModelAttribute CodeForm codeForm, BindingResult result, HttpServletRequest request,
			HttpServletResponse response, RedirectAttributes redirect, Model model) {
		Optional<PendingSignIn> pending = pending();
		if (pending.isEmpty()) {
			return elsewhere();
		}
		if (result.hasErrors()) {
			return "account/two-factor-challenge";
		}
		String email = pending.get().user().email();
		String address = request.getRemoteAddr();
		long accountId = pending.get().user().accountId();
		Optional<SignInThrottle.Wait> wait = throttle.beforeCode(accountId, address);
		if (wait.isPresent()) {
			securityLog.recordAlone(SecurityEventKind.SIGN_IN_THROTTLED, accountId, email,
					"code " + wait.get().reason().name());
			model.addAttribute("throttledMinutes", wait.get().minutes());
			return "account/two-factor-challenge";
		}
		TwoFactor.Verdict verdict = twoFactor.verify(accountId, codeForm.code());
		switch (verdict) {
			case ACCEPTED, RECOVERY_CODE_ACCEPTED -> {
				throttle.codeSucceeded(accountId);
				String target = completion.complete(request, response, accountId);
				if (verdict == TwoFactor.Verdict.RECOVERY_CODE_ACCEPTED) {
					redirect.addFlashAttribute("success", "account.twoFactor.recoveryCodeUsed");
				}
				return "redirect:" + target;
			}
			case REUSED -> result.rejectValue("code", "account.twoFactor.reusedCode");
			case WRONG -> {
				throttle.codeFailed(accountId, address);
				securityLog.recordAlone(SecurityEventKind.TWO_FACTOR_FAILED, accountId, email, null);
				result.rejectValue("code", "account.twoFactor.wrongCode");
			}
		}
		return "account/two-factor-challenge";
	}

	private static Optional<PendingSignIn> pending() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication instanceof PendingSignIn pending && pending.stage() == PendingSignIn.Stage.CODE
				? Optional.of(pending) : Optional.empty();
	}

	/**
	 * Nobody waiting for a code: a visitor signs in first, a signed-in person goes on.
	 */
	private static String elsewhere() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		boolean signedIn = authentication != null && authentication.isAuthenticated()
				&& authentication.getPrincipal() instanceof PortalUser;
		return signedIn ? "redirect:/my" : "redirect:/login";
	}

}
