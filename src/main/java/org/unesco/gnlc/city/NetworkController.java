package org.unesco.gnlc.city;

import java.util.Locale;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The network in figures: members and countries by region, and its growth as a chart with
 * its table.
 */
@Controller
@RequiredArgsConstructor
class NetworkController {

	private final Network network;

	@GetMapping("/network")
	String network(Locale locale, Model model) {
		NetworkOverview overview = network.overview();
		model.addAttribute("overview", overview);
		model.addAttribute("chart", GrowthChart.of(overview.growth()));
		model.addAttribute("fmt", new Figures(locale));
		return "city/network";
	}

}
