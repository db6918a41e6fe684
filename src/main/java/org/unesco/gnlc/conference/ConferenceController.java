package org.unesco.gnlc.conference;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import lombok.RequiredArgsConstructor;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.unesco.gnlc.conference.ConferenceRecords.ConferenceRecord;
import org.unesco.gnlc.conference.ConferenceRecords.Download;

/**
 * The public record of the conferences: the list, each conference's record and its
 * exports.
 */
@Controller
@RequiredArgsConstructor
class ConferenceController {

	private static final int PAGE_SIZE = 20;

	private final ConferenceRecords records;

	private final AgendaCalendar calendar;

	private final ConferencePdf pdf;

	@GetMapping("/conferences")
	String list(@RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
		model.addAttribute("conferences", records.list(PageRequest.of(Math.max(page, 0), PAGE_SIZE), locale));
		return "conference/list";
	}

	@GetMapping("/conferences/{number}")
	String record(@PathVariable int number, Model model, Locale locale) {
		model.addAttribute("record", record(number, locale));
		return "conference/record";
	}

	@GetMapping("/conferences/{number}/agenda.ics")
	void agenda(@PathVariable int number, HttpServletRequest request, HttpServletResponse response, Locale locale)
			throws IOException {
		ConferenceRecord record = record(number, locale);
		send(response, calendar.ics(record, portalAddress(request)), "text/calendar;charset=UTF-8",
				ContentDisposition.attachment().filename("iclc-" + number + "-agenda.ics").build(), null);
	}

	@GetMapping("/conferences/{number}/record.pdf")
	void recordPdf(@PathVariable int number, HttpServletRequest request, HttpServletResponse response, Locale locale)
			throws IOException {
		ConferenceRecord record = record(number, locale);
		send(response, pdf.render(record, portalAddress(request), locale), MediaType.APPLICATION_PDF_VALUE,
				ContentDisposition.attachment()
					.filename("iclc-" + number + "-" + record.conference().year() + "-" + locale.getLanguage() + ".pdf")
					.build(),
				null);
	}

	/**
	 * An attachment, always as a download (never shown inline), under its cleaned name.
	 */
	@GetMapping("/conferences/{number}/attachments/{attachmentId}")
	void attachment(@PathVariable int number, @PathVariable long attachmentId, HttpServletResponse response)
			throws IOException {
		Download file = records.attachment(number, attachmentId).orElseThrow(() -> NotFound.of("Attachment"));
		send(response, file.content(), file.mediaType(),
				ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build(),
				"\"" + file.sha256() + "\"");
	}

	/**
	 * Writes a file whatever the Accept header says (a browser asks for HTML first), with
	 * its type, length and name; the security headers (nosniff among them) are added by
	 * the filter chain.
	 */
	private static void send(HttpServletResponse response, byte[] content, String contentType,
			ContentDisposition disposition, @Nullable String eTag) throws IOException {
		response.setContentType(contentType);
		response.setContentLength(content.length);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, disposition.toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
		if (eTag != null) {
			response.setHeader(HttpHeaders.ETAG, eTag);
		}
		response.getOutputStream().write(content);
	}

	private ConferenceRecord record(int number, Locale locale) {
		return records.record(number, locale).orElseThrow(() -> NotFound.of("Conference"));
	}

	/**
	 * The portal's own address as the request reached it, for links inside exported
	 * files.
	 */
	private static String portalAddress(HttpServletRequest request) {
		return ServletUriComponentsBuilder.fromContextPath(request).replaceQuery(null).build().toUriString();
	}

}
