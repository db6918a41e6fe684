package org.unesco.gnlc.account;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** UIL_ADMIN reads the security log, newest first, by kind of event or e-mail address. */
@Controller
@RequiredArgsConstructor
class SecurityLogController {

	private static final int PAGE_SIZE = 50;

	private final SecurityLog securityLog;

	@GetMapping("/admin/security-log")
	String log(@RequestParam(required = false) @Nullable SecurityEventKind kind,
			@RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "0") int page, Model model) {
		String search = email.length() > 254 ? email.substring(0, 254) : email;
		model.addAttribute("events", securityLog.page(kind, search, PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
		model.addAttribute("kinds", SecurityEventKind.values());
		model.addAttribute("kind", kind);
		model.addAttribute("email", search);
		return "account/admin/security-log";
	}

}
