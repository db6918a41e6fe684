package org.unesco.gnlc.conference;

import java.io.IOException;
import java.util.Locale;

import lombok.RequiredArgsConstructor;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
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
import org.unesco.gnlc.conference.ConferenceEditController.Direction;
import org.unesco.gnlc.conference.ConferenceRecords.ConferenceRecord;
import org.unesco.gnlc.conference.ConferenceRecords.DocumentRow;
import org.unesco.gnlc.conference.ConferenceRecords.PointRow;
import org.unesco.gnlc.shared.security.PortalUser;

/**
 * UIL keeps a conference's outcome documents: their facts, points (in order) and
 * attachments.
 */
@Controller
@RequiredArgsConstructor
class DocumentEditController {

	private final ConferenceRecords records;

	private final DocumentEditor editor;

	private final AttachmentInspector inspector;

	// Documents
	// ----------------------------------------------------------------------------------

	@GetMapping("/conferences/{number}/documents/new")
	String newDocument(@PathVariable int number, Model model, Locale locale) {
		model.addAttribute("documentForm", DocumentForm.empty());
		return documentPage(record(number, locale), null, model);
	}

	@PostMapping("/conferences/{number}/documents/new")
	String addDocument(@PathVariable int number, @Valid @ModelAttribute DocumentForm documentForm, BindingResult result,
			@AuthenticationPrincipal PortalUser user, Model model, Locale locale, RedirectAttributes redirect) {
		ConferenceRecord record = record(number, locale);
		return EditForms.saveOrShowAgain(result, redirect, "conference.document.added", () -> {
			long id = editor.addDocument(number, documentForm, user);
			return "redirect:" + documentAddress(number, id);
		}, () -> documentPage(record, null, model));
	}

	@GetMapping("/conferences/{number}/documents/{documentId}/edit")
	String editDocument(@PathVariable int number, @PathVariable long documentId, Model model, Locale locale) {
		ConferenceRecord record = record(number, locale);
		DocumentRow document = document(record, documentId);
		model.addAttribute("documentForm", DocumentForm.of(document));
		return documentPage(record, document, model);
	}

	@PostMapping("/conferences/{number}/documents/{documentId}/edit")
	String updateDocument(@PathVariable int number, @PathVariable long documentId,
			@Valid @ModelAttribute DocumentForm documentForm, BindingResult result,
			@AuthenticationPrincipal PortalUser user, Model model, Locale locale, RedirectAttributes redirect) {
		ConferenceRecord record = record(number, locale);
		DocumentRow document = document(record, documentId);
		return EditForms.saveOrShowAgain(result, redirect, "conference.document.saved", () -> {
			editor.updateDocument(number, documentId, documentForm, user);
			return "redirect:" + documentAddress(number, documentId);
		}, () -> documentPage(record, document, model));
	}

	@PostMapping("/conferences/{number}/documents/{documentId}/delete")
	String deleteDocument(@PathVariable int number, @PathVariable long documentId, @RequestParam long version,
			@RequestParam(defaultValue = "false") boolean confirm, @AuthenticationPrincipal PortalUser user,
			RedirectAttributes redirect) {
		if (!confirm) {
			redirect.addFlashAttribute("problem", "conference.document.confirmDelete");
			return "redirect:" + documentAddress(number, documentId) + "#delete";
		}
		editor.deleteDocument(number, documentId, version, user);
		redirect.addFlashAttribute("success", "conference.document.deleted");
		return "redirect:/conferences/" + number + "/manage#documents";
	}

	// Points
	// -------------------------------------------------------------------------------------

	@PostMapping("/conferences/{number}/documents/{documentId}/points/new")
	String addPoint(@PathVariable int number, @PathVariable long documentId, @Valid @ModelAttribute PointForm pointForm,
			BindingResult result, @AuthenticationPrincipal PortalUser user, Model model, Locale locale,
			RedirectAttributes redirect) {
		ConferenceRecord record = record(number, locale);
		DocumentRow document = document(record, documentId);
		if (!result.hasErrors()) {
			long id = editor.addPoint(number, documentId, pointForm, user);
			redirect.addFlashAttribute("success", "conference.point.added");
			return "redirect:" + documentAddress(number, documentId) + "#point-" + id;
		}
		model.addAttribute("documentForm", DocumentForm.of(document));
		return documentPage(record, document, model);
	}

	@GetMapping("/conferences/{number}/documents/{documentId}/points/{pointId}/edit")
	String editPoint(@PathVariable int number, @PathVariable long documentId, @PathVariable long pointId, Model model,
			Locale locale) {
		ConferenceRecord record = record(number, locale);
		DocumentRow document = document(record, documentId);
		PointRow point = point(document, pointId);
		model.addAttribute("pointForm", PointForm.of(point));
		return pointPage(record, document, point, model);
	}

	@PostMapping("/conferences/{number}/documents/{documentId}/points/{pointId}/edit")
	String updatePoint(@PathVariable int number, @PathVariable long documentId, @PathVariable long pointId,
			@Valid @ModelAttribute PointForm pointForm, BindingResult result, @AuthenticationPrincipal PortalUser user,
			Model model, Locale locale, RedirectAttributes redirect) {
		ConferenceRecord record = record(number, locale);
		DocumentRow document = document(record, documentId);
		PointRow point = point(document, pointId);
		return EditForms.saveOrShowAgain(result, redirect, "conference.point.saved", () -> {
			editor.updatePoint(number, documentId, pointId, pointForm, user);
			return "redirect:" + documentAddress(number, documentId) + "#point-" + pointId;
		}, () -> pointPage(record, document, point, model));
	}

	@PostMapping("/conferences/{number}/documents/{documentId}/points/{pointId}/move")
	String movePoint(@PathVariable int number, @PathVariable long documentId, @PathVariable long pointId,
			@RequestParam String direction, @AuthenticationPrincipal PortalUser user, RedirectAttributes redirect) {
		editor.movePoint(number, documentId, pointId, Direction.of(direction).up(), user);
		redirect.addFlashAttribute("success", "conference.point.moved");
		return "redirect:" + documentAddress(number, documentId) + "#point-" + pointId;
	}

	@PostMapping("/conferences/{number}/documents/{documentId}/points/{pointId}/delete")
	String deletePoint(@PathVariable int number, @PathVariable long documentId, @PathVariable long pointId,
			@RequestParam long version, @AuthenticationPrincipal PortalUser user, RedirectAttributes redirect) {
		editor.deletePoint(number, documentId, pointId, version, user);
		redirect.addFlashAttribute("success", "conference.point.deleted");
		return "redirect:" + documentAddress(number, documentId) + "#points";
	}

	// Attachments
	// --------------------------------------------------------------------------------

	@PostMapping("/conferences/{number}/documents/{documentId}/attachments")
	String upload(@PathVariable int number, @PathVariable long documentId,
			@RequestParam(name = "file", required = false) @Nullable MultipartFile file,
			@AuthenticationPrincipal PortalUser user, RedirectAttributes redirect) throws IOException {
		if (file == null || file.isEmpty()) {
			redirect.addFlashAttribute("uploadProblem", "conference.error.fileMissing");
			return "redirect:" + documentAddress(number, documentId) + "#attachments";
		}
		if (file.getSize() > inspector.maxBytes()) {
			redirect.addFlashAttribute("uploadProblem", "conference.error.fileTooLarge");
			redirect.addFlashAttribute("uploadLimit", inspector.maxBytes() / (1024 * 1024));
			return "redirect:" + documentAddress(number, documentId) + "#attachments";
		}
		try {
			editor.addAttachment(number, documentId, file.getOriginalFilename(), file.getBytes(), user);
			redirect.addFlashAttribute("success", "conference.attachment.added");
		}
		catch (EditRejected rejected) {
			redirect.addFlashAttribute("uploadProblem", rejected.problems().get(0).messageKey());
			redirect.addFlashAttribute("uploadLimit", inspector.maxBytes() / (1024 * 1024));
		}
		return "redirect:" + documentAddress(number, documentId) + "#attachments";
	}

	@PostMapping("/conferences/{number}/documents/{documentId}/attachments/{attachmentId}/delete")
	String deleteAttachment(@PathVariable int number, @PathVariable long documentId, @PathVariable long attachmentId,
			@AuthenticationPrincipal PortalUser user, RedirectAttributes redirect) {
		editor.deleteAttachment(number, documentId, attachmentId, user);
		redirect.addFlashAttribute("success", "conference.attachment.deleted");
		return "redirect:" + documentAddress(number, documentId) + "#attachments";
	}

	// Shared
	// -------------------------------------------------------------------------------------

	private String documentPage(ConferenceRecord record, @Nullable DocumentRow document, Model model) {
		model.addAttribute("record", record);
		model.addAttribute("document", document);
		model.addAttribute("types", DocumentType.values());
		if (!model.containsAttribute("pointForm")) {
			model.addAttribute("pointForm", PointForm.empty());
		}
		model.addAttribute("maxMegabytes", inspector.maxBytes() / (1024 * 1024));
		return "conference/document-form";
	}

	private String pointPage(ConferenceRecord record, DocumentRow document, PointRow point, Model model) {
		model.addAttribute("record", record);
		model.addAttribute("document", document);
		model.addAttribute("point", point);
		return "conference/point-form";
	}

	private static String documentAddress(int number, long documentId) {
		return "/conferences/" + number + "/documents/" + documentId + "/edit";
	}

	private static DocumentRow document(ConferenceRecord record, long documentId) {
		return record.document(documentId).orElseThrow(() -> NotFound.of("Document"));
	}

	private static PointRow point(DocumentRow document, long pointId) {
		return document.sections()
			.stream()
			.flatMap(section -> section.points().stream())
			.filter(point -> point.id() == pointId)
			.findFirst()
			.orElseThrow(() -> NotFound.of("Point"));
	}

	private ConferenceRecord record(int number, Locale locale) {
		return records.record(number, locale).orElseThrow(() -> NotFound.of("Conference"));
	}

}
