package org.unesco.gnlc.membership;

import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.unesco.gnlc.shared.security.PortalUser;
import java.nio.charset.StandardCharsets;

@Controller
class ExportController {

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final CallExport export;

	ExportController(CallExport export) {
		this.export = export;
	}

	@GetMapping("/membership/calls/{id}/applications.csv")
	ResponseEntity<byte[]> csv(@AuthenticationPrincipal PortalUser user, @PathVariable long id, Locale locale) {
		return file(export.csv(user, id, locale), new MediaType("text", "csv", StandardCharsets.UTF_8),
				"gnlc-call-" + id + "-applications.csv");
	}

	@GetMapping("/membership/calls/{id}/applications.xlsx")
	ResponseEntity<byte[]> xlsx(@AuthenticationPrincipal PortalUser user, @PathVariable long id, Locale locale) {
		return file(export.xlsx(user, id, locale), XLSX, "gnlc-call-" + id + "-applications.xlsx");
	}

	private static ResponseEntity<byte[]> file(byte[] content, MediaType type, String name) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(content);
	}

}
