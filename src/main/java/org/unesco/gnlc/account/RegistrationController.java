package org.unesco.gnlc.account;

import java.util.List;
import java.util.Locale;

import lombok.RequiredArgsConstructor;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unesco.gnlc.city.Cities;
import org.unesco.gnlc.city.CityInfo;
import org.unesco.gnlc.reference.CountryInfo;
import org.unesco.gnlc.reference.ReferenceData;
import org.unesco.gnlc.shared.web.Language;

/**
 * Registering as an official of a city, in two steps that work without JavaScript: the
 * country first (so that its known cities can be offered), then the person and the city.
 * Then the e-mail address is confirmed through the link sent to it.
 */
@Controller
@RequestMapping("/register")
@RequiredArgsConstructor
class RegistrationController {

	private final Registration registration;

	private final PasswordPolicy passwordPolicy;

	private final ReferenceData referenceData;

	private final Cities cities;

	@ModelAttribute("languages")
	Language[] languages() {
		return Language.values();
	}

	@GetMapping
	String start(@RequestParam(required = false) @Nullable String country, Model model, Locale locale) {
		CountryInfo chosen = country == null || country.isBlank() ? null
				: referenceData.unescoCountry(country.strip(), locale).orElse(null);
		if (chosen == null) {
			model.addAttribute("countries", referenceData.unescoCountries(locale));
			model.addAttribute("unknownCountry", country != null && !country.isBlank());
			return "account/register-country";
		}
		model.addAttribute("registrationForm", RegistrationForm.empty(chosen.code(), Language.of(locale).code()));
		return form(chosen, model);
	}

	@PostMapping
	String register(@Valid @ModelAttribute RegistrationForm registrationForm, BindingResult result, Model model,
			Locale locale, RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
		CountryInfo country = registrationForm.countryCode() == null ? null
				: referenceData.unescoCountry(registrationForm.countryCode(), locale).orElse(null);
		if (country == null) {
			model.addAttribute("countries", referenceData.unescoCountries(locale));
			model.addAttribute("unknownCountry", true);
			return "account/register-country";
		}
		passwordPolicy.check(registrationForm.password(), registrationForm.email(), result, "password");
		checkConfirmation(registrationForm.password(), registrationForm.passwordConfirmation(), result);
		if (!result.hasErrors()) {
			try {
				registration.register(registrationForm, request.getRemoteAddr());
			}
			catch (AccountExceptions.EmailTaken registeredMeanwhile) {
				// The same answer as for a new address: nothing tells that the address is
				// known.
			}
			catch (AccountExceptions.TooManyRequests tooMany) {
				tooManyRequests(tooMany, result, response);
				return form(country, model);
			}
			redirect.addFlashAttribute("email", Accounts.normalize(registrationForm.email()));
			return "redirect:/register/check-email";
		}
		return form(country, model);
	}

	@GetMapping("/check-email")
	String checkEmail() {
		return "account/register-check-email";
	}

	@GetMapping("/verify")
	String confirmVerification(@RequestParam(defaultValue = "") String token, Model model) {
		AccountTokens.Check check = registration.checkVerification(token);
		if (check != AccountTokens.Check.VALID) {
			throw new AccountExceptions.InvalidLink(check);
		}
		model.addAttribute("token", token);
		return "account/register-verify";
	}

	@PostMapping("/verify")
	String verify(@RequestParam(defaultValue = "") String token, RedirectAttributes redirect) {
		AccountStatus status = registration.verify(token);
		if (status == AccountStatus.AWAITING_APPROVAL) {
			return "redirect:/register/awaiting-approval";
		}
		redirect.addFlashAttribute("success", "account.register.verified");
		return "redirect:/login";
	}

	@GetMapping("/awaiting-approval")
	String awaitingApproval() {
		return "account/register-awaiting-approval";
	}

	@GetMapping("/resend")
	String resendForm(Model model) {
		model.addAttribute("emailForm", new EmailForm(null));
		return "account/register-resend";
	}

	@PostMapping("/resend")
	String resend(@Valid @ModelAttribute EmailForm emailForm, BindingResult result, RedirectAttributes redirect,
			HttpServletRequest request, HttpServletResponse response) {
		if (result.hasErrors()) {
			return "account/register-resend";
		}
		try {
			registration.resendVerification(emailForm.email(), request.getRemoteAddr());
		}
		catch (AccountExceptions.TooManyRequests tooMany) {
			tooManyRequests(tooMany, result, response);
			return "account/register-resend";
		}
		redirect.addFlashAttribute("email", Accounts.normalize(emailForm.email()));
		return "redirect:/register/check-email";
	}

	private String form(CountryInfo country, Model model) {
		List<String> known = cities.inCountry(country.code()).stream().map(CityInfo::name).toList();
		model.addAttribute("country", country);
		model.addAttribute("knownCities", known);
		return "account/register";
	}

	/** Refused for this client address for a while: said above the form, with 429. */
	static void tooManyRequests(AccountExceptions.TooManyRequests tooMany, BindingResult result,
			HttpServletResponse response) {
		result.reject("account.requests.throttled", new Object[] { tooMany.minutes() }, null);
		response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
	}

	static void checkConfirmation(@Nullable String password, @Nullable String confirmation, BindingResult result) {
		if (password != null && !password.isEmpty() && !password.equals(confirmation)) {
			result.rejectValue("passwordConfirmation", "account.password.mismatch");
		}
	}

}
