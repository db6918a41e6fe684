package org.unesco.gnlc.membership;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import lombok.RequiredArgsConstructor;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.unesco.gnlc.shared.security.PortalUser;
import org.unesco.gnlc.shared.web.Attachments;

@Controller
@RequiredArgsConstructor
class ExportController {

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final CallExport export;

	@GetMapping("/membership/calls/{id}/applications.csv")
	ResponseEntity<byte[]> csv(@AuthenticationPrincipal PortalUser user, @PathVariable long id, Locale locale) {
		return Attachments.of(export.csv(user, id, locale), new MediaType("text", "csv", StandardCharsets.UTF_8),
				"gnlc-call-" + id + "-applications.csv");
	}

	@GetMapping("/membership/calls/{id}/applications.xlsx")
	ResponseEntity<byte[]> xlsx(@AuthenticationPrincipal PortalUser user, @PathVariable long id, Locale locale) {
		return Attachments.of(export.xlsx(user, id, locale), XLSX, "gnlc-call-" + id + "-applications.xlsx");
	}

}
