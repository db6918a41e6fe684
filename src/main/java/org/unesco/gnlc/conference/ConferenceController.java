package org.unesco.gnlc.conference;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.data.domain.PageRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.unesco.gnlc.conference.ConferenceRecords.ConferenceRecord;
import org.unesco.gnlc.conference.ConferenceRecords.Download;

/** The public record of the conferences: the list, each conference's record and its exports. */
@Controller
class ConferenceController {

	private static final int PAGE_SIZE = 20;

	private final ConferenceRecords records;

	private final AgendaCalendar calendar;

	private final ConferencePdf pdf;

	ConferenceController(ConferenceRecords records, AgendaCalendar calendar, ConferencePdf pdf) {
		this.records = records;
		this.calendar = calendar;
		this.pdf = pdf;
	}

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
	ResponseEntity<byte[]> agenda(@PathVariable int number, HttpServletRequest request, Locale locale) {
		ConferenceRecord record = record(number, locale);
		return download(calendar.ics(record, portalAddress(request)),
				new MediaType("text", "calendar", StandardCharsets.UTF_8), "iclc-" + number + "-agenda.ics");
	}

	@GetMapping("/conferences/{number}/record.pdf")
	ResponseEntity<byte[]> recordPdf(@PathVariable int number, HttpServletRequest request, Locale locale) {
		ConferenceRecord record = record(number, locale);
		return download(pdf.render(record, portalAddress(request), locale), MediaType.APPLICATION_PDF,
				"iclc-" + number + "-" + record.conference().year() + ".pdf");
	}

	@GetMapping("/conferences/{number}/attachments/{attachmentId}")
	ResponseEntity<byte[]> attachment(@PathVariable int number, @PathVariable long attachmentId) {
		Download file = records.attachment(number, attachmentId).orElseThrow(() -> NotFound.of("Attachment"));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.mediaType()))
			.contentLength(file.content().length)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
			.eTag("\"" + file.sha256() + "\"")
			.cacheControl(CacheControl.noCache().cachePublic())
			.body(file.content());
	}

	private ConferenceRecord record(int number, Locale locale) {
		return records.record(number, locale).orElseThrow(() -> NotFound.of("Conference"));
	}

	private static ResponseEntity<byte[]> download(byte[] content, MediaType type, String fileName) {
		return ResponseEntity.ok()
			.contentType(type)
			.contentLength(content.length)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
			.cacheControl(CacheControl.noCache())
			.body(content);
	}

	/** The portal's own address as the request reached it, for links inside exported files. */
	private static String portalAddress(HttpServletRequest request) {
		return ServletUriComponentsBuilder.fromContextPath(request).replaceQuery(null).build().toUriString();
	}

}
