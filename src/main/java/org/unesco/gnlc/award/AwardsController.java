package org.unesco.gnlc.award;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import lombok.RequiredArgsConstructor;

import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.unesco.gnlc.reference.UnescoRegion;
import org.unesco.gnlc.shared.publicpages.PublicPages;
import org.unesco.gnlc.shared.security.AccessRules;

/**
 * The public record of the Award: every cycle, and each cycle's recipients linked to
 * their profiles.
 */
@Controller
@RequiredArgsConstructor
class AwardsController {

	private static final Pattern YEAR = Pattern.compile("\\d{4}");

	private final Awards awards;

	@GetMapping("/awards")
	String cycles(Locale locale, Model model) {
		model.addAttribute("cycles", awards.cycles(locale));
		return "award/cycles";
	}

	@GetMapping("/awards/{year}")
	String cycle(@PathVariable String year, Locale locale, Model model) {
		if (!YEAR.matcher(year).matches()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		int number = Integer.parseInt(year);
		AwardCycleInfo cycle = awards.cycle(number, locale)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		List<AwardRecipientInfo> recipients = awards.recipients(number, locale);
		Map<UnescoRegion, Long> byRegion = new EnumMap<>(UnescoRegion.class);
		recipients.forEach(recipient -> byRegion.merge(recipient.city().region(), 1L, Long::sum));
		model.addAttribute("cycle", cycle);
		model.addAttribute("recipients", recipients);
		model.addAttribute("byRegion", byRegion);
		model.addAttribute("rationale", cycle.publishedRationale());
		model.addAttribute("representativesKnown",
				recipients.stream().anyMatch(recipient -> recipient.representativeName() != null));
		return "award/cycle";
	}

	@Bean
	static AccessRules awardRoutes() {
		return requests -> requests.requestMatchers(HttpMethod.GET, "/awards", "/awards/*").permitAll();
	}

	/** The published record looks the same to every visitor. */
	@Bean
	static PublicPages awardPublicPages() {
		return PublicPages.of("/awards", "/awards/{year}");
	}

}
