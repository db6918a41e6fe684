package org.unesco.gnlc.notification;

import java.time.Clock;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * UIL_ADMIN follows the e-mail of the portal: what was queued, sent, is waiting for a
 * retry or was given up. Without a mail server the mails are kept here, so a person
 * trying the portal can open a verification or invitation link from this page.
 */
@Controller
@RequestMapping("/admin/outbox")
@RequiredArgsConstructor
class OutboxAdminController {

	private static final int PAGE_SIZE = 50;

	private final Outbox outbox;

	private final OutboxSender sender;

	private final Clock clock;

	@GetMapping
	String list(@RequestParam(required = false) Outbox.@Nullable State state,
			@RequestParam(defaultValue = "") String recipient, @RequestParam(defaultValue = "0") int page,
			Model model) {
		String search = recipient.length() > 254 ? recipient.substring(0, 254) : recipient;
		model.addAttribute("mails", outbox.page(state, search, PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
		model.addAttribute("states", Outbox.State.values());
		model.addAttribute("state", state);
		model.addAttribute("recipient", search);
		model.addAttribute("delivers", sender.delivers());
		return "notification/outbox";
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		Outbox.Content content = outbox.content(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		boolean delivers = sender.delivers();
		model.addAttribute("mail", content.entry());
		// A personal link (reset, invitation) is shown only while mail is kept, never
		// once delivered.
		boolean hidden = content.entry().sensitive() && delivers;
		model.addAttribute("hidden", hidden);
		model.addAttribute("mailContent", hidden ? null : content);
		model.addAttribute("delivers", delivers);
		return "notification/outbox-mail";
	}

	@PostMapping("/{id}/retry")
	String retry(@PathVariable long id, RedirectAttributes redirect) {
		if (outbox.retry(id, clock.instant())) {
			// The scheduled sender takes it on its next round.
			redirect.addFlashAttribute("success", "notification.outbox.retried");
		}
		return "redirect:/admin/outbox/" + id;
	}

}
