package org.unesco.gnlc.home;

import lombok.RequiredArgsConstructor;

import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.unesco.gnlc.city.Cities;
import org.unesco.gnlc.shared.publicpages.PublicPages;
import org.unesco.gnlc.shared.security.AccessRules;

@Controller
@RequiredArgsConstructor
class HomeController {

	private final Cities cities;

	/**
	 * The front door, with the network as it is today (two statements, whatever its
	 * size).
	 */
	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("overview", cities.networkOverview());
		return "home/index";
	}

	@Bean
	static AccessRules homeRoutes() {
		return requests -> requests.requestMatchers(HttpMethod.GET, "/").permitAll();
	}

	@Bean
	static PublicPages homePublicPages() {
		return PublicPages.of("/");
	}

}
