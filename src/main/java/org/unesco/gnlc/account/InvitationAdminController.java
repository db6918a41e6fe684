package org.unesco.gnlc.account;

import java.util.Arrays;
import java.util.Locale;

import lombok.RequiredArgsConstructor;

import jakarta.validation.Valid;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unesco.gnlc.reference.ReferenceData;
import org.unesco.gnlc.shared.security.PortalUser;
import org.unesco.gnlc.shared.security.Role;
import org.unesco.gnlc.shared.web.Language;

/** UIL_ADMIN invites people and follows the invitations not yet accepted. */
@Controller
@RequestMapping("/admin/invitations")
@RequiredArgsConstructor
class InvitationAdminController {

	private static final int PAGE_SIZE = 50;

	private final Invitations invitations;

	private final ReferenceData referenceData;

	@GetMapping
	String list(@RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
		model.addAttribute("invitationForm", InvitationForm.empty());
		return page(page, model, locale);
	}

	@PostMapping
	String invite(@AuthenticationPrincipal PortalUser admin, @Valid @ModelAttribute InvitationForm invitationForm,
			BindingResult result, Model model, Locale locale, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			// A value that could not be read at all (an unknown role): the binding result
			// explains it,
			// and the checks below have no form to look at.
			return page(0, model, locale);
		}
		if (invitationForm.role() != null && !Invitations.invitable(invitationForm.role())) {
			result.rejectValue("role", "account.invitations.cityOfficialsRegister");
		}
		boolean noCountry = invitationForm.countryCode() == null || invitationForm.countryCode().isBlank();
		if (invitationForm.role() != null && Invitations.needsCountry(invitationForm.role()) && noCountry) {
			result.rejectValue("countryCode", "account.invitations.countryNeeded");
		}
		if (!noCountry && referenceData.unescoCountry(invitationForm.countryCode(), locale).isEmpty()) {
			result.rejectValue("countryCode", "account.invitations.countryNeeded");
		}
		if (!result.hasErrors()) {
			try {
				invitations.invite(invitationForm, admin);
				redirect.addFlashAttribute("success", "account.invitations.sent");
				return "redirect:/admin/invitations";
			}
			catch (AccountExceptions.EmailTaken taken) {
				result.rejectValue("email", "account.invitations.emailTaken");
			}
		}
		return page(0, model, locale);
	}

	@PostMapping("/{id}/resend")
	String resend(@PathVariable long id, @AuthenticationPrincipal PortalUser admin, RedirectAttributes redirect) {
		return act(() -> invitations.resend(id, admin), "account.invitations.resent", redirect);
	}

	@PostMapping("/{id}/revoke")
	String revoke(@PathVariable long id, @AuthenticationPrincipal PortalUser admin, RedirectAttributes redirect) {
		return act(() -> invitations.revoke(id, admin), "account.invitations.revoked", redirect);
	}

	private String page(int page, Model model, Locale locale) {
		model.addAttribute("invitations", invitations.pending(PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
		model.addAttribute("countries", referenceData.unescoCountries(locale));
		model.addAttribute("invitableRoles", Arrays.stream(Role.values()).filter(Invitations::invitable).toList());
		model.addAttribute("languages", Language.values());
		return "account/admin/invitations";
	}

	private static String act(Runnable action, String done, RedirectAttributes redirect) {
		try {
			action.run();
			redirect.addFlashAttribute("success", done);
		}
		catch (AccountExceptions.Refused refused) {
			redirect.addFlashAttribute("problem", refused.messageKey());
		}
		return "redirect:/admin/invitations";
	}

}
