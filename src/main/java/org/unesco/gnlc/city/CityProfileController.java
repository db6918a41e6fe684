package org.unesco.gnlc.city;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import lombok.RequiredArgsConstructor;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.unesco.gnlc.shared.security.PortalUser;
import org.unesco.gnlc.shared.web.StaleEditException;

/**
 * A city's public profile; its editing by the city's officials and UIL; the history of
 * its changes.
 */
@Controller
@RequiredArgsConstructor
class CityProfileController {

	/**
	 * What a slug looks like: lower-case letters and digits in groups joined by hyphens.
	 */
	private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private static final int HISTORY_PAGE_SIZE = 20;

	private final CityProfiles profiles;

	private final JsonLd jsonLd;

	private final Clock clock;

	/** Empty fields are absent values, and spaces around a value do not count. */
	@InitBinder("cityProfileForm")
	void trimTexts(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
	}

	@GetMapping("/cities/{slug}")
	String profile(@PathVariable String slug, @AuthenticationPrincipal @Nullable PortalUser user, Locale locale,
			Model model) {
		String lowerCase = slug.toLowerCase(Locale.ROOT);
		if (!lowerCase.equals(slug) && isSlug(lowerCase)) {
			return "redirect:/cities/" + lowerCase;
		}
		requireSlug(slug);
		CityProfiles.ProfilePage page = profiles.page(slug, locale, user)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		String url = ServletUriComponentsBuilder.fromCurrentContextPath().path(page.city().profilePath()).toUriString();
		model.addAttribute("page", page);
		model.addAttribute("city", page.city());
		model.addAttribute("values", page.city().profile());
		model.addAttribute("jsonLd", jsonLd.of(page.city(), page.awards(), url));
		model.addAttribute("fmt", new Figures(locale));
		return "city/profile";
	}

	@GetMapping("/cities/{slug}/edit")
	String edit(@PathVariable String slug, @AuthenticationPrincipal PortalUser user, Locale locale, Model model) {
		requireSlug(slug);
		CityProfileView city = profiles.forEditing(slug, locale, user);
		model.addAttribute("cityProfileForm", CityProfileForm.of(city));
		return form(city, user, model);
	}

	@PostMapping("/cities/{slug}/edit")
	String save(@PathVariable String slug, @AuthenticationPrincipal PortalUser user,
			@Valid @ModelAttribute CityProfileForm cityProfileForm, BindingResult result, Locale locale, Model model,
			RedirectAttributes redirect) {
		requireSlug(slug);
		// Who may edit is settled before anything about the form is said.
		CityProfileView city = profiles.forEditing(slug, locale, user);
		FigureRanges.check(cityProfileForm, city.profile(), LocalDate.now(clock), result);
		if (result.hasErrors()) {
			return form(city, user, model);
		}
		List<FieldChange> changes;
		try {
			changes = profiles.revise(slug, cityProfileForm, user);
		}
		catch (OptimisticLockingFailureException concurrentSave) {
			throw new StaleEditException("The profile of " + city.name());
		}
		redirect.addFlashAttribute("success", changes.isEmpty() ? "city.profile.unchanged" : "city.profile.saved");
		return "redirect:/cities/" + slug;
	}

	@GetMapping("/cities/{slug}/history")
	String history(@PathVariable String slug, @RequestParam(defaultValue = "1") String page,
			@AuthenticationPrincipal PortalUser user, Locale locale, Model model) {
		requireSlug(slug);
		int number;
		try {
			number = Math.max(1, Integer.parseInt(page.strip()));
		}
		catch (NumberFormatException notANumber) {
			number = 1;
		}
		CityProfiles.HistoryPage history = profiles.history(slug, number, HISTORY_PAGE_SIZE, locale, user);
		model.addAttribute("history", history);
		model.addAttribute("city", history.city());
		model.addAttribute("fmt", new Figures(locale));
		return "city/history";
	}

	private String form(CityProfileView city, PortalUser user, Model model) {
		model.addAttribute("city", city);
		model.addAttribute("mayChangeMembership", user.isSecretariat() && city.member());
		return "city/edit";
	}

	private static boolean isSlug(String slug) {
		return slug.length() <= 120 && SLUG.matcher(slug).matches();
	}

	/**
	 * A malformed address is a page that does not exist, found without asking the
	 * database.
	 */
	private static void requireSlug(String slug) {
		if (!isSlug(slug)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

}
