package org.unesco.gnlc.progress;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unesco.gnlc.progress.ProgressForms.ReviewForm;
import org.unesco.gnlc.reference.CountryInfo;
import org.unesco.gnlc.reference.ReferenceData;
import org.unesco.gnlc.reference.UnescoRegion;
import org.unesco.gnlc.shared.pdf.PdfRenderer;
import org.unesco.gnlc.shared.security.PortalUser;
import org.unesco.gnlc.shared.security.Role;

/**
 * The reports as each person finds them: the city its own, the National Commission its
 * country's (read only), UIL all of them with filters; one report with its timeline, and
 * UIL's review, acceptance or return.
 */
@Controller
@RequiredArgsConstructor
class ReportController {

	static final int PAGE_SIZE = 25;

	private final ProgressReports reports;

	private final ProgressRounds rounds;

	private final ProgressViews views;

	private final ReferenceData reference;

	private final PdfRenderer pdf;

	private final Clock clock;

	@GetMapping("/progress-reports")
	String list(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) @Nullable Long round,
			@RequestParam(required = false) @Nullable UnescoRegion region,
			@RequestParam(required = false) @Nullable String country,
			@RequestParam(required = false) @Nullable ReportState state, @RequestParam(defaultValue = "1") int page,
			Model model, Locale locale) {
		List<ProgressRound> all = rounds.all();
		model.addAttribute("rounds", all);
		model.addAttribute("roundsById", all.stream().collect(Collectors.toMap(ProgressRound::id, each -> each)));
		if (user.is(Role.CITY_OFFICIAL)) {
			model.addAttribute("reports", reports.ofMyCity(user));
			model.addAttribute("today", LocalDate.now(clock));
			return "progress/city-reports";
		}
		List<CountryInfo> countries = reference.countries(locale);
		List<String> inRegion = region == null ? null
				: countries.stream().filter(info -> info.region() == region).map(CountryInfo::code).toList();
		String countryCode = country == null || country.isBlank() ? null : country.strip().toUpperCase(Locale.ROOT);
		Page<ReportSummary> found = reports.queue(user, new ProgressReports.Filter(round, inRegion, countryCode, state),
				PageRequest.of(Math.max(page, 1) - 1, PAGE_SIZE));
		model.addAttribute("page", found);
		model.addAttribute("countries", reference.unescoCountries(locale, countryCode));
		model.addAttribute("countryNames",
				countries.stream().collect(Collectors.toMap(CountryInfo::code, CountryInfo::name)));
		model.addAttribute("regions", UnescoRegion.values());
		model.addAttribute("states", ReportState.values());
		model.addAttribute("filter", new ProgressReports.Filter(round, null, countryCode, state));
		model.addAttribute("region", region);
		model.addAttribute("secretariat", user.isSecretariat());
		return "progress/queue";
	}

	@GetMapping("/progress-reports/{id}")
	String show(@AuthenticationPrincipal PortalUser user, @PathVariable long id, Model model, Locale locale) {
		ProgressReport report = reports.forReading(user, id);
		fill(model, user, report, locale);
		if (!model.containsAttribute("reviewForm")) {
			model.addAttribute("reviewForm",
					user.isSecretariat() ? ReviewForm.of(report) : new ReviewForm(report.version(), null, null, null));
		}
		return user.actsForCity(report.cityId()) ? "progress/task-list" : "progress/report";
	}

	private void fill(Model model, PortalUser user, ProgressReport report, Locale locale) {
		ProgressRound round = reports.roundOf(report);
		model.addAttribute("report", views.header(report, round, LocalDate.now(clock)));
		model.addAttribute("entity", report);
		model.addAttribute("round", round);
		model.addAttribute("areas", views.areas(report, round, locale));
		model.addAttribute("statisticsStatus", ProgressViews.status(report.section(ProgressReport.STATISTICS)));
		model.addAttribute("linksStatus", ProgressViews.status(report.section(ProgressReport.LINKS)));
		model.addAttribute("documents", reports.documentsOf(user, report.id()));
		model.addAttribute("transitions", report.transitions());
		model.addAttribute("judgements", Judgement.values());
		model.addAttribute("canReview", ProgressViews.canReview(user, report));
		model.addAttribute("secretariat", user.isSecretariat());
		// UIL's internal notes never reach the city or the National Commission.
		model.addAttribute("internalNotes", user.isSecretariat() ? report.internalNotes() : null);
		model.addAttribute("suspended", reports.isSuspended(report));
	}

	@PostMapping("/progress-reports/{id}/review")
	String review(@AuthenticationPrincipal PortalUser user, @PathVariable long id,
			@ModelAttribute("reviewForm") ReviewForm form, BindingResult result, Model model, Locale locale,
			RedirectAttributes redirect) {
		ProgressReport report = reports.forReading(user, id);
		if (result.hasErrors()) {
			fill(model, user, report, locale);
			return "progress/report";
		}
		reports.review(user, id, form.judged(), form.message(), form.notes(), form.version());
		redirect.addFlashAttribute("success", "progress.review.saved");
		return "redirect:/progress-reports/" + id;
	}

	@PostMapping("/progress-reports/{id}/accept")
	String accept(@AuthenticationPrincipal PortalUser user, @PathVariable long id,
			@RequestParam(required = false) @Nullable String comment, RedirectAttributes redirect) {
		reports.accept(user, id, comment);
		redirect.addFlashAttribute("success", "progress.accepted");
		return "redirect:/progress-reports/" + id;
	}

	@PostMapping("/progress-reports/{id}/return")
	String returnForCompletion(@AuthenticationPrincipal PortalUser user, @PathVariable long id,
			@RequestParam(required = false) @Nullable String reasons, RedirectAttributes redirect) {
		reports.returnForCompletion(user, id, reasons);
		redirect.addFlashAttribute("success", "progress.returned");
		return "redirect:/progress-reports/" + id;
	}

	@GetMapping("/progress-reports/{id}/report.pdf")
	ResponseEntity<byte[]> report(@AuthenticationPrincipal PortalUser user, @PathVariable long id, Locale locale) {
		ProgressReport report = reports.forReading(user, id);
		ProgressRound round = reports.roundOf(report);
		Map<String, Object> model = Map.of("report", views.header(report, round, LocalDate.now(clock)), "round", round,
				"areas", views.areas(report, round, locale), "statistics", report.statistics(), "links",
				report.links() == null ? "" : report.links(), "transitions", report.transitions());
		return pdf.attachment("progress/print", model, locale, "gnlc-progress-report-" + id + ".pdf");
	}

}
