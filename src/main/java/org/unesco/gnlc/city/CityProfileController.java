package org.unesco.gnlc.city;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
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

	/** The earliest year a figure may refer to. */
	private static final int FIRST_YEAR = 1900;

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
		checkFigures(cityProfileForm, city.profile(), result);
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
	 * A figure of the form: its fields, the range it must be in, its value before the
	 * edit.
	 */
	private record Figure(String field, String yearField, BigDecimal least, BigDecimal most,
			Function<ProfileValues, @Nullable Object> value, Function<ProfileValues, @Nullable Integer> year) {
	}

	private static final List<Figure> FIGURES = List.of(
			new Figure("population", "populationYear", BigDecimal.ONE, new BigDecimal("100000000"),
					ProfileValues::population, ProfileValues::populationYear),
			new Figure("areaKm2", "areaYear", new BigDecimal("0.01"), new BigDecimal("10000000"),
					ProfileValues::areaKm2, ProfileValues::areaYear),
			new Figure("gdpPerCapitaUsd", "gdpPerCapitaYear", BigDecimal.ONE, new BigDecimal("1000000"),
					ProfileValues::gdpPerCapitaUsd, ProfileValues::gdpPerCapitaYear),
			new Figure("countryGdpPerCapitaUsd", "countryGdpPerCapitaYear", BigDecimal.ONE, new BigDecimal("1000000"),
					ProfileValues::countryGdpPerCapitaUsd, ProfileValues::countryGdpPerCapitaYear),
			new Figure("schoolingYearsMen", "schoolingYearsMenYear", BigDecimal.ZERO, new BigDecimal("25"),
					ProfileValues::schoolingYearsMen, ProfileValues::schoolingYearsMenYear),
			new Figure("schoolingYearsWomen", "schoolingYearsWomenYear", BigDecimal.ZERO, new BigDecimal("25"),
					ProfileValues::schoolingYearsWomen, ProfileValues::schoolingYearsWomenYear));

	/**
	 * Each figure within its range; a figure entered or changed with the year it refers
	 * to (figures of the 2015 report keep theirs unknown until someone updates them); a
	 * year only with its figure and never in the future; a date of joining that exists
	 * and has passed.
	 */
	private void checkFigures(CityProfileForm form, ProfileValues current, BindingResult result) {
		int thisYear = LocalDate.now(clock).getYear();
		ProfileValues entered = form.values();
		for (Figure figure : FIGURES) {
			if (result.hasFieldErrors(figure.field()) || result.hasFieldErrors(figure.yearField())) {
				continue;
			}
			Object value = figure.value().apply(entered);
			Integer year = figure.year().apply(entered);
			if (value != null) {
				BigDecimal number = new BigDecimal(value.toString());
				if (number.compareTo(figure.least()) < 0 || number.compareTo(figure.most()) > 0) {
					result.rejectValue(figure.field(), "city.outOfRange",
							new Object[] { figure.least().toPlainString(), figure.most().toPlainString() }, null);
					continue;
				}
			}
			boolean changed = !Objects.equals(ProfileField.text(value),
					ProfileField.text(figure.value().apply(current)));
			if (value != null && year == null && changed) {
				result.rejectValue(figure.yearField(), "city.yearNeeded");
			}
			else if (value == null && year != null) {
				result.rejectValue(figure.field(), "city.figureNeeded");
			}
			else if (year != null && (year < FIRST_YEAR || year > thisYear)) {
				result.rejectValue(figure.yearField(), "city.yearRange",
						new Object[] { Integer.toString(FIRST_YEAR), Integer.toString(thisYear) }, null);
			}
		}
		if (!result.hasFieldErrors("memberSince")) {
			if (form.memberSinceIsNoDate()) {
				result.rejectValue("memberSince", "city.noDate");
			}
			else if (entered.memberSince() != null && entered.memberSince().isAfter(LocalDate.now(clock))) {
				result.rejectValue("memberSince", "city.futureDate");
			}
		}
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
