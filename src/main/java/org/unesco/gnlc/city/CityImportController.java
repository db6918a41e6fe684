package org.unesco.gnlc.city;

import java.util.List;
import java.util.Locale;

import lombok.RequiredArgsConstructor;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageImpl;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unesco.gnlc.city.ImportPlan.Outcome;
import org.unesco.gnlc.shared.files.FileKind;
import org.unesco.gnlc.shared.files.UploadedFiles;
import org.unesco.gnlc.shared.security.Actor;
import org.unesco.gnlc.shared.security.PortalUser;
import org.unesco.gnlc.shared.web.RefusedActionException;

/**
 * UIL administrators upload, preview and apply files of the existing network at
 * /admin/imports.
 */
@Controller
@RequestMapping("/admin/imports")
@RequiredArgsConstructor
class CityImportController {

	static final int IMPORTS_PER_PAGE = 20;

	static final int ROWS_PER_PAGE = 50;

	/** The upload: which kind of file, and the file. */
	record UploadForm(@NotNull ImportKind kind, @Nullable MultipartFile file) {
	}

	/**
	 * Applying: the version of the page seen, and whether the valid rows alone are to be
	 * written (absent when the box is not ticked).
	 */
	record ApplyForm(long version, @Nullable Boolean acceptErrors) {

		boolean errorsAccepted() {
			return Boolean.TRUE.equals(acceptErrors);
		}

	}

	private final CityImports imports;

	private final UploadedFiles uploads;

	@GetMapping
	String list(@RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
		model.addAttribute("uploadForm", new UploadForm(ImportKind.MEMBER_CITIES, null));
		return listPage(page, model, locale);
	}

	@PostMapping
	String upload(@Valid @ModelAttribute("uploadForm") UploadForm uploadForm, BindingResult result,
			@AuthenticationPrincipal PortalUser admin, Model model, Locale locale, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				long id = imports.upload(uploadForm.kind(), uploads.check(uploadForm.file(), FileKind.TABLES),
						Actor.of(admin));
				redirect.addFlashAttribute("success", "city.import.uploaded");
				return "redirect:/admin/imports/" + id;
			}
			catch (RefusedActionException refused) {
				result.rejectValue("file", refused.messageKey(), refused.arguments(), refused.messageKey());
			}
		}
		return listPage(0, model, locale);
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, @RequestParam(required = false) @Nullable Outcome show,
			@RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
		CityImports.ImportPage importPage = imports.page(id);
		model.addAttribute("applyForm", new ApplyForm(importPage.record().getVersion(), false));
		return showPage(importPage, show, page, model, locale);
	}

	@PostMapping("/{id}/apply")
	String apply(@PathVariable long id, @ModelAttribute("applyForm") ApplyForm applyForm, BindingResult result,
			@AuthenticationPrincipal PortalUser admin, Model model, Locale locale, RedirectAttributes redirect) {
		try {
			imports.apply(id, applyForm.version(), applyForm.errorsAccepted(), Actor.of(admin));
			redirect.addFlashAttribute("success", "city.import.applied");
			return "redirect:/admin/imports/" + id;
		}
		catch (RefusedActionException refused) {
			if (!"city.import.errorsNotAccepted".equals(refused.messageKey())) {
				throw refused;
			}
			result.rejectValue("acceptErrors", refused.messageKey(), refused.arguments(), refused.messageKey());
			return showPage(imports.page(id), Outcome.ERROR, 0, model, locale);
		}
	}

	@PostMapping("/{id}/discard")
	String discard(@PathVariable long id, @RequestParam long version, @AuthenticationPrincipal PortalUser admin,
			RedirectAttributes redirect) {
		imports.discard(id, version, Actor.of(admin));
		redirect.addFlashAttribute("success", "city.import.discarded");
		return "redirect:/admin/imports/" + id;
	}

	@PostMapping("/{id}/invitations")
	String sendInvitations(@PathVariable long id, @RequestParam long version, @AuthenticationPrincipal PortalUser admin,
			RedirectAttributes redirect) {
		imports.sendInvitations(id, version, Actor.of(admin));
		redirect.addFlashAttribute("success", "city.import.invitationsSent");
		return "redirect:/admin/imports/" + id;
	}

	@GetMapping("/{id}/files/{documentId}")
	ResponseEntity<byte[]> file(@PathVariable long id, @PathVariable long documentId) {
		return imports.file(id, documentId).download();
	}

	@GetMapping("/templates/{kind}.csv")
	ResponseEntity<byte[]> csvTemplate(@PathVariable ImportKind kind) {
		return ImportTemplates.csv(kind);
	}

	@GetMapping("/templates/{kind}.xlsx")
	ResponseEntity<byte[]> xlsxTemplate(@PathVariable ImportKind kind) {
		return ImportTemplates.xlsx(kind);
	}

	private String listPage(int page, Model model, Locale locale) {
		model.addAttribute("fmt", new Figures(locale));
		model.addAttribute("imports", imports.list(PageRequest.of(Math.max(page, 0), IMPORTS_PER_PAGE)));
		model.addAttribute("kinds", ImportKind.values());
		model.addAttribute("maxMegabytes", UploadedFiles.LARGEST.toMegabytes());
		model.addAttribute("maxRows", ImportTable.MOST_ROWS);
		return "city/imports";
	}

	private String showPage(CityImports.ImportPage importPage, @Nullable Outcome show, int page, Model model,
			Locale locale) {
		model.addAttribute("fmt", new Figures(locale));
		model.addAttribute("importPage", importPage);
		model.addAttribute("outcomes", Outcome.values());
		model.addAttribute("show", show);
		if (importPage.plan() != null) {
			List<ImportPlan.PlannedRow> rows = importPage.plan().rows(show);
			PageRequest request = PageRequest.of(Math.max(page, 0), ROWS_PER_PAGE);
			int from = (int) Math.min(request.getOffset(), rows.size());
			model.addAttribute("rows", new PageImpl<>(rows.subList(from, Math.min(from + ROWS_PER_PAGE, rows.size())),
					request, rows.size()));
		}
		return "city/import";
	}

}
