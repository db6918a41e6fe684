package org.unesco.gnlc.progress;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unesco.gnlc.city.Cities;
import org.unesco.gnlc.city.CityFigure;
import org.unesco.gnlc.progress.ProgressForms.AnswerForm;
import org.unesco.gnlc.progress.ProgressForms.LinksForm;
import org.unesco.gnlc.progress.ProgressForms.StatisticsForm;
import org.unesco.gnlc.shared.security.PortalUser;
import org.unesco.gnlc.shared.web.WordLimit;

/**
 * The city's side of a report: the task list (one question per area of focus, the
 * statistics, the files and links), the check of all answers, the submission and the
 * highlights it publishes.
 */
@Controller
@RequiredArgsConstructor
class CityReportController {

	private final ProgressReports reports;

	private final ProgressViews views;

	private final Cities cities;

	private final MessageSource messages;

	private final Clock clock;

	@GetMapping("/progress-reports/{id}/sections/{code}")
	String section(@AuthenticationPrincipal PortalUser user, @PathVariable long id, @PathVariable String code,
			Model model, Locale locale) {
		ProgressReport report = reports.forCity(user, id);
		model.addAttribute("form", AnswerForm.of(report, code));
		return sectionPage(report, code, model, locale);
	}

	@PostMapping("/progress-reports/{id}/sections/{code}")
	String saveSection(@AuthenticationPrincipal PortalUser user, @PathVariable long id, @PathVariable String code,
			@ModelAttribute("form") AnswerForm form, BindingResult result,
			@RequestParam(defaultValue = "complete") String action, Model model, Locale locale,
			RedirectAttributes redirect) {
		ProgressReport report = reports.forCity(user, id);
		ProgressRound round = reports.roundOf(report);
		int limit = views.question(report, round, code, locale).wordLimit();
		boolean complete = "complete".equals(action);
		int words = WordLimit.Validator.count(form.answer());
		if (words > limit) {
			ProgressForms.reject(result, "answer", form.answer(), "progress.answer.tooLong", words, limit);
		}
		else if (complete && words == 0) {
			ProgressForms.reject(result, "answer", form.answer(), "progress.answer.required");
		}
		if (result.hasErrors()) {
			return sectionPage(report, code, model, locale);
		}
		reports.answer(user, id, code, form.answer(), form.version(), complete);
		redirect.addFlashAttribute("success", complete ? "progress.section.completed" : "progress.section.saved");
		return "redirect:/progress-reports/" + id;
	}

	private String sectionPage(ProgressReport report, String code, Model model, Locale locale) {
		ProgressRound round = reports.roundOf(report);
		model.addAttribute("report", views.header(report, round, LocalDate.now(clock)));
		model.addAttribute("question", views.question(report, round, code, locale));
		return "progress/section";
	}

	@GetMapping("/progress-reports/{id}/statistics")
	String statistics(@AuthenticationPrincipal PortalUser user, @PathVariable long id, Model model, Locale locale) {
		ProgressReport report = reports.forCity(user, id);
		List<CityFigure> figures = cities.profileFigures(report.cityId());
		Map<String, String> labels = figures.stream()
			.collect(Collectors.toMap(CityFigure::labelKey,
					figure -> messages.getMessage(figure.labelKey(), null, figure.labelKey(), locale),
					(first, second) -> first));
		model.addAttribute("form", StatisticsForm.of(report, figures, labels));
		return statisticsPage(report, model);
	}

	@PostMapping("/progress-reports/{id}/statistics")
	String saveStatistics(@AuthenticationPrincipal PortalUser user, @PathVariable long id,
			@ModelAttribute("form") StatisticsForm form, BindingResult result,
			@RequestParam(defaultValue = "complete") String action, Model model, RedirectAttributes redirect) {
		ProgressReport report = reports.forCity(user, id);
		List<Statistic> rows = form.rows(result);
		if (result.hasErrors()) {
			return statisticsPage(report, model);
		}
		boolean complete = "complete".equals(action);
		reports.reportStatistics(user, id, rows, form.version(), complete);
		redirect.addFlashAttribute("success", complete ? "progress.section.completed" : "progress.section.saved");
		return "redirect:/progress-reports/" + id;
	}

	private String statisticsPage(ProgressReport report, Model model) {
		model.addAttribute("report", views.header(report, reports.roundOf(report), LocalDate.now(clock)));
		return "progress/statistics";
	}

	@GetMapping("/progress-reports/{id}/links")
	String links(@AuthenticationPrincipal PortalUser user, @PathVariable long id, Model model) {
		ProgressReport report = reports.forCity(user, id);
		model.addAttribute("form", new LinksForm(report.sectionVersion(ProgressReport.LINKS), report.links()));
		return linksPage(user, report, model);
	}

	@PostMapping("/progress-reports/{id}/links")
	String saveLinks(@AuthenticationPrincipal PortalUser user, @PathVariable long id,
			@ModelAttribute("form") LinksForm form, BindingResult result,
			@RequestParam(defaultValue = "complete") String action, Model model, RedirectAttributes redirect) {
		ProgressReport report = reports.forCity(user, id);
		form.check(result);
		if (result.hasErrors()) {
			return linksPage(user, report, model);
		}
		boolean complete = "complete".equals(action);
		reports.link(user, id, form.links(), form.version(), complete);
		redirect.addFlashAttribute("success", complete ? "progress.section.completed" : "progress.section.saved");
		return "redirect:/progress-reports/" + id;
	}

	private String linksPage(PortalUser user, ProgressReport report, Model model) {
		model.addAttribute("report", views.header(report, reports.roundOf(report), LocalDate.now(clock)));
		model.addAttribute("documents", reports.documentsOf(user, report.id()));
		return "progress/links";
	}

	@PostMapping("/progress-reports/{id}/documents")
	String attach(@AuthenticationPrincipal PortalUser user, @PathVariable long id,
			@RequestParam(name = "file", required = false) @Nullable MultipartFile file, RedirectAttributes redirect) {
		reports.attach(user, id, file);
		redirect.addFlashAttribute("success", "progress.document.attached");
		return "redirect:/progress-reports/" + id + "/links";
	}

	@GetMapping("/progress-reports/{id}/documents/{documentId}")
	ResponseEntity<byte[]> download(@AuthenticationPrincipal PortalUser user, @PathVariable long id,
			@PathVariable long documentId) {
		return reports.download(user, id, documentId).download();
	}

	@GetMapping("/progress-reports/{id}/check")
	String check(@AuthenticationPrincipal PortalUser user, @PathVariable long id, Model model, Locale locale) {
		ProgressReport report = reports.forCity(user, id);
		ProgressRound round = reports.roundOf(report);
		model.addAttribute("report", views.header(report, round, LocalDate.now(clock)));
		model.addAttribute("areas", views.areas(report, round, locale));
		model.addAttribute("missing", report.missing(round));
		model.addAttribute("statistics", report.statistics());
		model.addAttribute("links", report.links());
		model.addAttribute("documents", reports.documentsOf(user, id));
		return "progress/check";
	}

	@PostMapping("/progress-reports/{id}/submit")
	String submit(@AuthenticationPrincipal PortalUser user, @PathVariable long id, RedirectAttributes redirect) {
		reports.submit(user, id);
		redirect.addFlashAttribute("success", "progress.submitted");
		return "redirect:/progress-reports/" + id;
	}

	@PostMapping("/progress-reports/{id}/highlights")
	String highlights(@AuthenticationPrincipal PortalUser user, @PathVariable long id,
			@RequestParam(required = false) @Nullable String highlights,
			@RequestParam(defaultValue = "false") boolean publish, RedirectAttributes redirect) {
		reports.publishHighlights(user, id, highlights, publish);
		redirect.addFlashAttribute("success",
				publish ? "progress.highlights.published" : "progress.highlights.withdrawn");
		return "redirect:/progress-reports/" + id;
	}

}
