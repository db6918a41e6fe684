package org.unesco.gnlc.award;

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

/** The decision pack of a cycle as PDF and CSV, for UIL's files. */
@Controller
@RequiredArgsConstructor
class DecisionPackController {

	private final DecisionPack pack;

	@GetMapping("/award/cycles/{year}/decision-pack.pdf")
	ResponseEntity<byte[]> pdf(@AuthenticationPrincipal PortalUser user, @PathVariable int year, Locale locale) {
		return Attachments.notToBeKept(pack.pdf(user, year, locale), MediaType.APPLICATION_PDF,
				"award-" + year + "-decision-pack-" + locale.getLanguage() + ".pdf");
	}

	@GetMapping("/award/cycles/{year}/decision-pack.csv")
	ResponseEntity<byte[]> csv(@AuthenticationPrincipal PortalUser user, @PathVariable int year, Locale locale) {
		return Attachments.notToBeKept(pack.csv(user, year, locale),
				new MediaType("text", "csv", StandardCharsets.UTF_8),
				"award-" + year + "-decision-pack-" + locale.getLanguage() + ".csv");
	}

}
