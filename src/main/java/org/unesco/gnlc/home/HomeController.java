package org.unesco.gnlc.home;

import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.unesco.gnlc.shared.security.AccessRules;

@Controller
class HomeController {

	@GetMapping("/")
	String home() {
		return "home/index";
	}

	@Bean
	static AccessRules homeRoutes() {
		return requests -> requests.requestMatchers(HttpMethod.GET, "/").permitAll();
	}

}
