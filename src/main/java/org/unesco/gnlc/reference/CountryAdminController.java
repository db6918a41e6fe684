package org.unesco.gnlc.reference;

import java.util.Locale;

import lombok.RequiredArgsConstructor;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
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

/**
 * UIL_ADMIN corrects a country's UNESCO region and its National Commission's name and
 * e-mail.
 */
@Controller
@RequestMapping("/admin/countries")
@RequiredArgsConstructor
class CountryAdminController {

	private static final int PAGE_SIZE = 50;

	private final ReferenceData referenceData;

	@ModelAttribute("regions")
	UnescoRegion[] regions() {
		return UnescoRegion.values();
	}

	@GetMapping
	String list(@RequestParam(required = false) @Nullable UnescoRegion region,
			@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page, Model model) {
		String search = q.length() > 100 ? q.substring(0, 100) : q;
		var pageRequest = PageRequest.of(Math.max(page, 0), PAGE_SIZE, Sort.by("nameEn"));
		model.addAttribute("countries", referenceData.search(region, search, pageRequest));
		model.addAttribute("region", region);
		model.addAttribute("q", search);
		return "reference/countries";
	}

	@GetMapping("/{code}")
	String edit(@PathVariable String code, Model model) {
		var row = referenceData.countryForEditing(code);
		model.addAttribute("country", row.country());
		model.addAttribute("countryForm", CountryForm.of(row.country(), row.commission()));
		return "reference/country-edit";
	}

	@PostMapping("/{code}")
	String correct(@PathVariable String code, @Valid @ModelAttribute CountryForm countryForm, BindingResult result,
			Model model, RedirectAttributes redirect, Locale locale) {
		if (result.hasErrors()) {
			model.addAttribute("country", referenceData.countryForEditing(code).country());
			return "reference/country-edit";
		}
		referenceData.correct(code, countryForm);
		redirect.addFlashAttribute("success", "country.saved");
		return "redirect:/admin/countries/" + code.toUpperCase(Locale.ROOT);
	}

}
