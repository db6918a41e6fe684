package org.unesco.gnlc.city;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.unesco.gnlc.shared.security.PortalUser;
import org.unesco.gnlc.shared.web.StaleEditException;

/** A city's public profile; its editing by the city's officials and UIL; the history of its changes. */
@Controller
class CityProfileController {

	/** What a slug looks like: lower-case letters and digits in groups joined by hyphens. */
	private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private static final int HISTORY_PAGE_SIZE = 20;

	/** The earliest year a figure may refer to. */
	private static final int FIRST_YEAR = 1900;

	private final CityProfiles profiles;

	private final JsonLd jsonLd;

	private final Clock clock;

	CityProfileController(CityProfiles profiles, JsonLd jsonLd, Clock clock) {
		this.profiles = profiles;
		this.jsonLd = jsonLd;
		this.clock = clock;
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
		checkYears(cityProfileForm, city.profile(), result);
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

	/**
	 * A figure entered or changed needs the year it refers to (figures of the 2015 report keep
	 * theirs unknown until someone updates them); a year needs its figure; no year is in the future.
	 */
	private void checkYears(CityProfileForm form, ProfileValues current, BindingResult result) {
		int thisYear = LocalDate.now(clock).getYear();
		ProfileValues entered = form.values();
		checkYear(result, "population", entered.population(), current.population(), "populationYear",
				entered.populationYear(), thisYear);
		checkYear(result, "areaKm2", entered.areaKm2(), current.areaKm2(), "areaYear", entered.areaYear(), thisYear);
		checkYear(result, "gdpPerCapitaUsd", entered.gdpPerCapitaUsd(), current.gdpPerCapitaUsd(), "gdpPerCapitaYear",
				entered.gdpPerCapitaYear(), thisYear);
		checkYear(result, "countryGdpPerCapitaUsd", entered.countryGdpPerCapitaUsd(),
				current.countryGdpPerCapitaUsd(), "countryGdpPerCapitaYear", entered.countryGdpPerCapitaYear(),
				thisYear);
		checkYear(result, "schoolingYearsMen", entered.schoolingYearsMen(), current.schoolingYearsMen(),
				"schoolingYearsMenYear", entered.schoolingYearsMenYear(), thisYear);
		checkYear(result, "schoolingYearsWomen", entered.schoolingYearsWomen(), current.schoolingYearsWomen(),
				"schoolingYearsWomenYear", entered.schoolingYearsWomenYear(), thisYear);
		if (entered.memberSince() != null && entered.memberSince().isAfter(LocalDate.now(clock))
				&& !result.hasFieldErrors("memberSince")) {
			result.rejectValue("memberSince", "city.futureDate");
		}
	}

	private static void checkYear(BindingResult result, String figureField, @Nullable Object figure,
			@Nullable Object currentFigure, String yearField, @Nullable Integer year, int thisYear) {
		if (result.hasFieldErrors(figureField) || result.hasFieldErrors(yearField)) {
			return;
		}
		boolean changed = !java.util.Objects.equals(ProfileField.text(figure), ProfileField.text(currentFigure));
		if (figure != null && year == null && changed) {
			result.rejectValue(yearField, "city.yearNeeded");
		}
		else if (figure == null && year != null) {
			result.rejectValue(figureField, "city.figureNeeded");
		}
		else if (year != null && (year < FIRST_YEAR || year > thisYear)) {
			result.rejectValue(yearField, "city.yearRange", new Object[] { Integer.toString(FIRST_YEAR), Integer.toString(thisYear) }, null);
		}
	}

	private static boolean isSlug(String slug) {
		return slug.length() <= 120 && SLUG.matcher(slug).matches();
	}

	/** A malformed address is a page that does not exist, found without asking the database. */
	private static void requireSlug(String slug) {
		if (!isSlug(slug)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

}
