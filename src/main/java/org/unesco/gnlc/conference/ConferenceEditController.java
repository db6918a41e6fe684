package org.unesco.gnlc.conference;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import lombok.RequiredArgsConstructor;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unesco.gnlc.conference.ConferenceRecords.AgendaRow;
import org.unesco.gnlc.conference.ConferenceRecords.ConferenceRecord;
import org.unesco.gnlc.reference.ReferenceData;
import org.unesco.gnlc.shared.security.PortalUser;

/**
 * UIL keeps a conference's record: the overview of everything to edit, the facts, the
 * agenda, the history.
 */
@Controller
@RequiredArgsConstructor
class ConferenceEditController {

	private static final int HISTORY_PAGE = 30;

	private static final int RECENT_CHANGES = 8;

	private final ConferenceRecords records;

	private final ConferenceEditor editor;

	private final ConferenceHistory history;

	private final ReferenceData referenceData;

	// Overview and history
	// -----------------------------------------------------------------------

	@GetMapping("/conferences/{number}/manage")
	String manage(@PathVariable int number, Model model, Locale locale) {
		ConferenceRecord record = record(number, locale);
		model.addAttribute("record", record);
		model.addAttribute("changes",
				history.ofConference(record.conference().id(), PageRequest.of(0, RECENT_CHANGES)).getContent());
		return "conference/manage";
	}

	@GetMapping("/conferences/{number}/history")
	String history(@PathVariable int number, @RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
		var conference = records.conference(number, locale).orElseThrow(() -> NotFound.of("Conference"));
		model.addAttribute("conference", conference);
		model.addAttribute("changes",
				history.ofConference(conference.id(), PageRequest.of(Math.max(page, 0), HISTORY_PAGE)));
		return "conference/history";
	}

	// Facts
	// --------------------------------------------------------------------------------------

	@GetMapping("/conferences/new")
	String newConference(Model model, Locale locale) {
		model.addAttribute("conferenceForm", ConferenceForm.empty(records.nextNumber()));
		return conferenceForm(null, model, locale);
	}

	@PostMapping("/conferences/new")
	String create(@Valid @ModelAttribute ConferenceForm conferenceForm, BindingResult result,
			@AuthenticationPrincipal PortalUser user, Model model, Locale locale, RedirectAttributes redirect) {
		return EditForms.saveOrShowAgain(result, redirect, "conference.created", () -> {
			int number = editor.create(conferenceForm, user);
			return "redirect:/conferences/" + number + "/manage";
		}, () -> conferenceForm(null, model, locale));
	}

	@GetMapping("/conferences/{number}/edit")
	String edit(@PathVariable int number, Model model, Locale locale) {
		var conference = records.conference(number, locale).orElseThrow(() -> NotFound.of("Conference"));
		model.addAttribute("conferenceForm", ConferenceForm.of(conference));
		return conferenceForm(number, model, locale);
	}

	@PostMapping("/conferences/{number}/edit")
	String update(@PathVariable int number, @Valid @ModelAttribute ConferenceForm conferenceForm, BindingResult result,
			@AuthenticationPrincipal PortalUser user, Model model, Locale locale, RedirectAttributes redirect) {
		records.conference(number, locale).orElseThrow(() -> NotFound.of("Conference"));
		return EditForms.saveOrShowAgain(result, redirect, "conference.saved", () -> {
			int saved = editor.update(number, conferenceForm, user);
			return "redirect:/conferences/" + saved + "/manage";
		}, () -> conferenceForm(number, model, locale));
	}

	private String conferenceForm(@Nullable Integer number, Model model, Locale locale) {
		model.addAttribute("number", number);
		String hostCountry = null;
		if (number != null) {
			var conference = records.conference(number, locale).orElseThrow();
			model.addAttribute("conference", conference);
			hostCountry = conference.hostCountryCode();
		}
		model.addAttribute("statuses", ConferenceStatus.values());
		model.addAttribute("formats", ConferenceFormat.values());
		model.addAttribute("countries", referenceData.unescoCountries(locale, hostCountry));
		model.addAttribute("timeZones",
				ZoneId.getAvailableZoneIds().stream().filter(zone -> zone.contains("/")).sorted().toList());
		return "conference/conference-form";
	}

	// Agenda
	// -------------------------------------------------------------------------------------

	@GetMapping("/conferences/{number}/agenda/new")
	String newAgendaItem(@PathVariable int number,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate day, Model model,
			Locale locale) {
		ConferenceRecord record = record(number, locale);
		model.addAttribute("agendaItemForm",
				AgendaItemForm.startingOn(day != null ? day : record.conference().startsOn()));
		return agendaForm(record, null, model);
	}

	@PostMapping("/conferences/{number}/agenda/new")
	String addAgendaItem(@PathVariable int number, @Valid @ModelAttribute AgendaItemForm agendaItemForm,
			BindingResult result, @AuthenticationPrincipal PortalUser user, Model model, Locale locale,
			RedirectAttributes redirect) {
		ConferenceRecord record = record(number, locale);
		return EditForms.saveOrShowAgain(result, redirect, "conference.agenda.added", () -> {
			long id = editor.addAgendaItem(number, agendaItemForm, user);
			return "redirect:/conferences/" + number + "/manage#agenda-item-" + id;
		}, () -> agendaForm(record, null, model));
	}

	@GetMapping("/conferences/{number}/agenda/{itemId}/edit")
	String editAgendaItem(@PathVariable int number, @PathVariable long itemId, Model model, Locale locale) {
		ConferenceRecord record = record(number, locale);
		AgendaRow item = record.agendaItem(itemId).orElseThrow(() -> NotFound.of("Agenda item"));
		model.addAttribute("agendaItemForm", AgendaItemForm.of(item));
		return agendaForm(record, item, model);
	}

	@PostMapping("/conferences/{number}/agenda/{itemId}/edit")
	String updateAgendaItem(@PathVariable int number, @PathVariable long itemId,
			@Valid @ModelAttribute AgendaItemForm agendaItemForm, BindingResult result,
			@AuthenticationPrincipal PortalUser user, Model model, Locale locale, RedirectAttributes redirect) {
		ConferenceRecord record = record(number, locale);
		AgendaRow item = record.agendaItem(itemId).orElseThrow(() -> NotFound.of("Agenda item"));
		return EditForms.saveOrShowAgain(result, redirect, "conference.agenda.saved", () -> {
			editor.updateAgendaItem(number, itemId, agendaItemForm, user);
			return "redirect:/conferences/" + number + "/manage#agenda-item-" + itemId;
		}, () -> agendaForm(record, item, model));
	}

	@PostMapping("/conferences/{number}/agenda/{itemId}/move")
	String moveAgendaItem(@PathVariable int number, @PathVariable long itemId, @RequestParam String direction,
			@AuthenticationPrincipal PortalUser user, RedirectAttributes redirect) {
		editor.moveAgendaItem(number, itemId, Direction.of(direction).up(), user);
		redirect.addFlashAttribute("success", "conference.agenda.moved");
		return "redirect:/conferences/" + number + "/manage#agenda-item-" + itemId;
	}

	@PostMapping("/conferences/{number}/agenda/{itemId}/delete")
	String deleteAgendaItem(@PathVariable int number, @PathVariable long itemId, @RequestParam long version,
			@AuthenticationPrincipal PortalUser user, RedirectAttributes redirect) {
		editor.deleteAgendaItem(number, itemId, version, user);
		redirect.addFlashAttribute("success", "conference.agenda.deleted");
		return "redirect:/conferences/" + number + "/manage#agenda";
	}

	private String agendaForm(ConferenceRecord record, @Nullable AgendaRow item, Model model) {
		model.addAttribute("record", record);
		model.addAttribute("item", item);
		model.addAttribute("venues",
				record.agendaItems()
					.stream()
					.map(AgendaRow::venue)
					.filter(venue -> venue != null)
					.distinct()
					.sorted()
					.toList());
		return "conference/agenda-form";
	}

	private ConferenceRecord record(int number, Locale locale) {
		return records.record(number, locale).orElseThrow(() -> NotFound.of("Conference"));
	}

	/** Up or down, as the reorder buttons send it. */
	enum Direction {

		UP, DOWN;

		boolean up() {
			return this == UP;
		}

		static Direction of(String text) {
			return switch (text.toLowerCase(Locale.ROOT)) {
				case "up" -> UP;
				case "down" -> DOWN;
				default -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "direction is up or down");
			};
		}

	}

}
