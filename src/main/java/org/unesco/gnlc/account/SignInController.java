package org.unesco.gnlc.account;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.unesco.gnlc.shared.security.PortalUser;

/** The portal's own sign-in page; Spring Security handles the POST. */
@Controller
class SignInController {

	@GetMapping("/login")
	String signIn(@AuthenticationPrincipal @Nullable PortalUser user) {
		return user != null ? "redirect:/my" : "account/login";
	}

}
