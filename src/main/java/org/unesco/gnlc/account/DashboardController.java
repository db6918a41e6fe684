package org.unesco.gnlc.account;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.unesco.gnlc.city.Cities;
import org.unesco.gnlc.reference.ReferenceData;
import org.unesco.gnlc.shared.security.PortalUser;
import org.unesco.gnlc.shared.web.DashboardPanel;

/** Where everyone lands after signing in: who they act for and what they can do. */
@Controller
class DashboardController {

	private final Cities cities;

	private final ReferenceData referenceData;

	private final List<DashboardPanel> panels;

	DashboardController(Cities cities, ReferenceData referenceData, List<DashboardPanel> panels) {
		this.cities = cities;
		this.referenceData = referenceData;
		this.panels = panels.stream().sorted(Comparator.comparingInt(DashboardPanel::order)).toList();
	}

	@GetMapping("/my")
	String dashboard(@AuthenticationPrincipal PortalUser user, Model model, Locale locale) {
		model.addAttribute("user", user);
		if (user.cityId() != null) {
			cities.byId(user.cityId()).ifPresent(city -> {
				model.addAttribute("city", city);
				referenceData.country(city.countryCode(), locale)
					.ifPresent(country -> model.addAttribute("cityCountry", country));
			});
		}
		if (user.countryCode() != null) {
			referenceData.country(user.countryCode(), locale)
				.ifPresent(country -> model.addAttribute("country", country));
			referenceData.nationalCommission(user.countryCode())
				.ifPresent(commission -> model.addAttribute("commission", commission));
		}
		model.addAttribute("panels",
				panels.stream().map(panel -> panel.panelFor(user)).flatMap(Optional::stream).toList());
		return "account/dashboard";
	}

}
