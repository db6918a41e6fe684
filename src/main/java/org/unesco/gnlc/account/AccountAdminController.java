package org.unesco.gnlc.account;

import java.util.Arrays;
import java.util.Locale;

import lombok.RequiredArgsConstructor;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
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

/**
 * UIL_ADMIN's list of accounts (by role, country, state or name) and each account's page:
 * role and scope, deactivation, approval of a city official, reset of two-factor sign-in,
 * and the account's recent security events.
 */
@Controller
@RequestMapping("/admin/accounts")
@RequiredArgsConstructor
class AccountAdminController {

	private static final int PAGE_SIZE = 50;

	private final AccountAdministration administration;

	private final Registration registration;

	private final TwoFactor twoFactor;

	private final SecurityLog securityLog;

	private final ReferenceData referenceData;

	@ModelAttribute("roles")
	Role[] roles() {
		return Role.values();
	}

	@GetMapping
	String list(@RequestParam(required = false) @Nullable Role role,
			@RequestParam(required = false) @Nullable String country,
			@RequestParam(required = false) @Nullable AccountState state, @RequestParam(defaultValue = "") String q,
			@RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
		String search = q.length() > 100 ? q.substring(0, 100) : q;
		String countryCode = country == null || !country.matches("[A-Za-z]{2}") ? null
				: country.toUpperCase(Locale.ROOT);
		var filter = new AccountAdministration.Filter(role, countryCode, state, search);
		var pageRequest = PageRequest.of(Math.max(page, 0), PAGE_SIZE, Sort.by("fullName", "id"));
		model.addAttribute("accounts", administration.search(filter, pageRequest, locale));
		model.addAttribute("countries", referenceData.unescoCountries(locale, countryCode));
		model.addAttribute("states", AccountState.values());
		model.addAttribute("role", role);
		model.addAttribute("country", countryCode);
		model.addAttribute("state", state);
		model.addAttribute("q", search);
		return "account/admin/accounts";
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model, Locale locale) {
		AccountAdministration.Detail detail = administration.detail(id, locale);
		if (!model.containsAttribute("roleForm")) {
			model.addAttribute("roleForm",
					new RoleForm(detail.role(), detail.countryCode(), detail.cityName(), detail.version()));
		}
		return page(detail, model, locale);
	}

	@PostMapping("/{id}")
	String changeRole(@PathVariable long id, @AuthenticationPrincipal PortalUser admin,
			@Valid @ModelAttribute RoleForm roleForm, BindingResult result, Model model, Locale locale,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				administration.changeRole(id, roleForm, admin);
				redirect.addFlashAttribute("success", "account.admin.roleChanged");
				return "redirect:/admin/accounts/" + id;
			}
			catch (AccountExceptions.Refused refused) {
				result.reject(refused.messageKey());
			}
		}
		return page(administration.detail(id, locale), model, locale);
	}

	@PostMapping("/{id}/deactivate")
	String deactivate(@PathVariable long id, @AuthenticationPrincipal PortalUser admin, RedirectAttributes redirect) {
		return act(id, () -> administration.deactivate(id, admin), "account.admin.deactivated", redirect);
	}

	@PostMapping("/{id}/reactivate")
	String reactivate(@PathVariable long id, @AuthenticationPrincipal PortalUser admin, RedirectAttributes redirect) {
		return act(id, () -> administration.reactivate(id, admin), "account.admin.reactivated", redirect);
	}

	@PostMapping("/{id}/approve")
	String approve(@PathVariable long id, @AuthenticationPrincipal PortalUser admin, RedirectAttributes redirect) {
		return act(id, () -> registration.approve(id, admin), "account.approval.approved", redirect);
	}

	@PostMapping("/{id}/decline")
	String decline(@PathVariable long id, @AuthenticationPrincipal PortalUser admin, RedirectAttributes redirect) {
		return act(id, () -> registration.decline(id, admin), "account.approval.declined", redirect);
	}

	@PostMapping("/{id}/reset-two-factor")
	String resetTwoFactor(@PathVariable long id, @AuthenticationPrincipal PortalUser admin,
			RedirectAttributes redirect) {
		return act(id, () -> twoFactor.resetByAdmin(id, admin), "account.admin.twoFactorReset", redirect);
	}

	private String page(AccountAdministration.Detail detail, Model model, Locale locale) {
		model.addAttribute("account", detail);
		model.addAttribute("countries", referenceData.unescoCountries(locale, detail.countryCode()));
		model.addAttribute("events", securityLog.recentFor(detail.id(), 10));
		model.addAttribute("roleChoices", Arrays.asList(Role.values()));
		return "account/admin/account";
	}

	private static String act(long id, Runnable action, String done, RedirectAttributes redirect) {
		try {
			action.run();
			redirect.addFlashAttribute("success", done);
		}
		catch (AccountExceptions.Refused refused) {
			redirect.addFlashAttribute("problem", refused.messageKey());
		}
		return "redirect:/admin/accounts/" + id;
	}

}
