package org.unesco.gnlc.conference;

import java.util.Locale;
import java.util.stream.Stream;

import lombok.RequiredArgsConstructor;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unesco.gnlc.conference.ConferenceRecords.ConferenceRecord;
import org.unesco.gnlc.conference.ConferenceRecords.RoleRow;
import org.unesco.gnlc.conference.ConferenceRecords.SessionRow;
import org.unesco.gnlc.reference.UnescoRegion;
import org.unesco.gnlc.shared.security.PortalUser;

/**
 * UIL keeps a conference's sessions and the people in their roles, in sessions and in the
 * bureau.
 */
@Controller
@RequiredArgsConstructor
class SessionEditController {

	/**
	 * How many people the person field suggests (any other is found by address or name).
	 */
	private static final int PERSON_CHOICES = 3000;

	private final ConferenceRecords records;

	private final SessionEditor editor;

	// Sessions
	// -----------------------------------------------------------------------------------

	@GetMapping("/conferences/{number}/sessions/new")
	String newSession(@PathVariable int number, Model model, Locale locale) {
		model.addAttribute("sessionForm", SessionForm.empty());
		return sessionForm(record(number, locale), null, model);
	}

	@PostMapping("/conferences/{number}/sessions/new")
	String addSession(@PathVariable int number, @Valid @ModelAttribute SessionForm sessionForm, BindingResult result,
			@AuthenticationPrincipal PortalUser user, Model model, Locale locale, RedirectAttributes redirect) {
		ConferenceRecord record = record(number, locale);
		return EditForms.saveOrShowAgain(result, redirect, "conference.session.added", () -> {
			long id = editor.addSession(number, sessionForm, user);
			return "redirect:/conferences/" + number + "/sessions/" + id + "/edit";
		}, () -> sessionForm(record, null, model));
	}

	@GetMapping("/conferences/{number}/sessions/{sessionId}/edit")
	String editSession(@PathVariable int number, @PathVariable long sessionId, Model model, Locale locale) {
		ConferenceRecord record = record(number, locale);
		SessionRow session = record.session(sessionId).orElseThrow(() -> NotFound.of("Session"));
		model.addAttribute("sessionForm", SessionForm.of(session));
		return sessionForm(record, session, model);
	}

	@PostMapping("/conferences/{number}/sessions/{sessionId}/edit")
	String updateSession(@PathVariable int number, @PathVariable long sessionId,
			@Valid @ModelAttribute SessionForm sessionForm, BindingResult result,
			@AuthenticationPrincipal PortalUser user, Model model, Locale locale, RedirectAttributes redirect) {
		ConferenceRecord record = record(number, locale);
		SessionRow session = record.session(sessionId).orElseThrow(() -> NotFound.of("Session"));
		return EditForms.saveOrShowAgain(result, redirect, "conference.session.saved", () -> {
			editor.updateSession(number, sessionId, sessionForm, user);
			return "redirect:/conferences/" + number + "/sessions/" + sessionId + "/edit";
		}, () -> sessionForm(record, session, model));
	}

	@PostMapping("/conferences/{number}/sessions/{sessionId}/delete")
	String deleteSession(@PathVariable int number, @PathVariable long sessionId, @RequestParam long version,
			@RequestParam(defaultValue = "false") boolean confirm, @AuthenticationPrincipal PortalUser user,
			RedirectAttributes redirect) {
		if (!confirm) {
			redirect.addFlashAttribute("problem", "conference.session.confirmDelete");
			return "redirect:/conferences/" + number + "/sessions/" + sessionId + "/edit#delete";
		}
		editor.deleteSession(number, sessionId, version, user);
		redirect.addFlashAttribute("success", "conference.session.deleted");
		return "redirect:/conferences/" + number + "/manage#sessions";
	}

	private String sessionForm(ConferenceRecord record, @Nullable SessionRow session, Model model) {
		model.addAttribute("record", record);
		model.addAttribute("sessionRow", session);
		model.addAttribute("types", SessionType.values());
		return "conference/session-form";
	}

	// People in their roles
	// ----------------------------------------------------------------------

	@GetMapping("/conferences/{number}/roles/new")
	String newRole(@PathVariable int number, @RequestParam(required = false) @Nullable Long session, Model model,
			Locale locale) {
		model.addAttribute("participationForm", ParticipationForm.inSession(session));
		return roleForm(record(number, locale), null, model);
	}

	@PostMapping("/conferences/{number}/roles/new")
	String addRole(@PathVariable int number, @Valid @ModelAttribute ParticipationForm participationForm,
			BindingResult result, @AuthenticationPrincipal PortalUser user, Model model, Locale locale,
			RedirectAttributes redirect) {
		ConferenceRecord record = record(number, locale);
		return EditForms.saveOrShowAgain(result, redirect, "conference.role.added", () -> {
			editor.addParticipation(number, participationForm, user);
			return afterRole(number, participationForm.sessionId());
		}, () -> roleForm(record, null, model));
	}

	@GetMapping("/conferences/{number}/roles/{roleId}/edit")
	String editRole(@PathVariable int number, @PathVariable long roleId, Model model, Locale locale) {
		ConferenceRecord record = record(number, locale);
		RoleRow role = role(record, roleId);
		model.addAttribute("participationForm", ParticipationForm.of(role));
		return roleForm(record, role, model);
	}

	@PostMapping("/conferences/{number}/roles/{roleId}/edit")
	String updateRole(@PathVariable int number, @PathVariable long roleId,
			@Valid @ModelAttribute ParticipationForm participationForm, BindingResult result,
			@AuthenticationPrincipal PortalUser user, Model model, Locale locale, RedirectAttributes redirect) {
		ConferenceRecord record = record(number, locale);
		RoleRow role = role(record, roleId);
		return EditForms.saveOrShowAgain(result, redirect, "conference.role.saved", () -> {
			editor.updateParticipation(number, roleId, participationForm, user);
			return afterRole(number, participationForm.sessionId());
		}, () -> roleForm(record, role, model));
	}

	@PostMapping("/conferences/{number}/roles/{roleId}/delete")
	String deleteRole(@PathVariable int number, @PathVariable long roleId, @RequestParam long version,
			@AuthenticationPrincipal PortalUser user, RedirectAttributes redirect) {
		Long sessionId = editor.deleteParticipation(number, roleId, version, user);
		redirect.addFlashAttribute("success", "conference.role.deleted");
		return afterRole(number, sessionId);
	}

	private String roleForm(ConferenceRecord record, @Nullable RoleRow role, Model model) {
		model.addAttribute("record", record);
		model.addAttribute("role", role);
		model.addAttribute("sessionRoles", ParticipationRole.sessionRoles());
		model.addAttribute("bureauRoles", ParticipationRole.bureauRoles());
		model.addAttribute("regions", UnescoRegion.values());
		model.addAttribute("personChoices", records.personChoices(PERSON_CHOICES));
		return "conference/role-form";
	}

	private static String afterRole(int number, @Nullable Long sessionId) {
		return sessionId == null ? "redirect:/conferences/" + number + "/manage#bureau"
				: "redirect:/conferences/" + number + "/sessions/" + sessionId + "/edit#roles";
	}

	private static RoleRow role(ConferenceRecord record, long roleId) {
		return Stream
			.concat(record.sessions().stream().flatMap(session -> session.roles().stream()),
					Stream.concat(record.bureau().stream(), record.draftingCommittee().stream()))
			.filter(role -> role.id() == roleId)
			.findFirst()
			.orElseThrow(() -> NotFound.of("Role"));
	}

	private ConferenceRecord record(int number, Locale locale) {
		return records.record(number, locale).orElseThrow(() -> NotFound.of("Conference"));
	}

}
