package org.unesco.gnlc.progress;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import lombok.RequiredArgsConstructor;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.unesco.gnlc.progress.NetworkProgress.FocusFigures;
import org.unesco.gnlc.progress.NetworkProgress.RegionFigures;
import org.unesco.gnlc.progress.NetworkProgress.RoundFigures;
import org.unesco.gnlc.shared.web.Attachments;
import org.unesco.gnlc.shared.csv.CsvWriter;

/**
 * The network's progress in public: charts drawn on the server, the same figures as
 * tables and CSV.
 */
@Controller
@RequiredArgsConstructor
class NetworkProgressController {

	private final NetworkProgress progress;

	private final MessageSource messages;

	@GetMapping("/network/progress")
	String page(Model model, Locale locale) {
		model.addAttribute("rounds", progress.rounds(locale, key -> text(key, locale)));
		return "progress/network";
	}

	@GetMapping("/network/progress.csv")
	ResponseEntity<byte[]> csv(Locale locale) {
		List<List<Object>> rows = new ArrayList<>();
		rows.add(List.of(text("progress.public.round", locale), text("progress.public.figure", locale),
				text("progress.public.region", locale), text("progress.public.due", locale),
				text("progress.public.submitted", locale), text("progress.public.accepted", locale)));
		for (RoundFigures round : progress.rounds(locale, key -> text(key, locale))) {
			for (RegionFigures region : round.regions()) {
				rows.add(List.of(round.title(), text("progress.public.byRegion", locale),
						text(region.region().messageKey(), locale), region.due(), region.submitted(),
						region.accepted()));
			}
			for (FocusFigures focus : round.focus()) {
				rows.add(List.of(round.title(), text("progress.public.wellEvidenced", locale), focus.name(), "", "",
						focus.wellEvidenced()));
			}
		}
		return Attachments.of(CsvWriter.toBytes(rows), new MediaType("text", "csv", StandardCharsets.UTF_8),
				"gnlc-network-progress.csv");
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

}
