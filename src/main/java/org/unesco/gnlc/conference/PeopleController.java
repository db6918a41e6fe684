package org.unesco.gnlc.conference;

import java.util.Locale;
import java.util.function.Supplier;

import lombok.RequiredArgsConstructor;

import jakarta.validation.Valid;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
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
import org.unesco.gnlc.conference.ConferenceRecords.PersonRow;
import org.unesco.gnlc.shared.security.PortalUser;

/**
 * People as records of their own: the list, each person's roles, and their upkeep by UIL.
 */
@Controller
@RequiredArgsConstructor
class PeopleController {

	private static final int PAGE_SIZE = 50;

	private static final int LONGEST_FILTER = 100;

	private static final int HISTORY_LINES = 20;

	private final ConferenceRecords records;

	private final PersonEditor editor;

	private final ConferenceHistory history;

	@GetMapping("/people")
	String people(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page, Model model) {
		String filter = q.length() > LONGEST_FILTER ? q.substring(0, LONGEST_FILTER) : q;
		model.addAttribute("people", records.people(filter, PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
		model.addAttribute("q", filter);
		return "conference/people";
	}

	@GetMapping("/people/{slug}")
	String person(@PathVariable String slug, Model model, Locale locale) {
		model.addAttribute("page", records.personPage(slug, locale).orElseThrow(() -> NotFound.of("Person")));
		return "conference/person";
	}

	@GetMapping("/people/new")
	String newPerson(Model model) {
		model.addAttribute("personForm", PersonForm.empty());
		return "conference/person-form";
	}

	@PostMapping("/people/new")
	String create(@Valid @ModelAttribute PersonForm personForm, BindingResult result,
			@AuthenticationPrincipal PortalUser user, RedirectAttributes redirect) {
		return EditForms.saveOrShowAgain(result, redirect, "conference.person.created",
				() -> "redirect:/people/" + unlessAddressTaken(personForm, () -> editor.create(personForm, user)),
				() -> "conference/person-form");
	}

	@GetMapping("/people/{slug}/edit")
	String edit(@PathVariable String slug, Model model) {
		PersonRow person = records.person(slug).orElseThrow(() -> NotFound.of("Person"));
		model.addAttribute("personForm", PersonForm.of(person));
		return personPage(person, model);
	}

	@PostMapping("/people/{slug}/edit")
	String update(@PathVariable String slug, @Valid @ModelAttribute PersonForm personForm, BindingResult result,
			@AuthenticationPrincipal PortalUser user, Model model, RedirectAttributes redirect) {
		PersonRow person = records.person(slug).orElseThrow(() -> NotFound.of("Person"));
		return EditForms.saveOrShowAgain(result, redirect, "conference.person.saved",
				() -> "redirect:/people/" + unlessAddressTaken(personForm, () -> editor.update(slug, personForm, user)),
				() -> personPage(person, model));
	}

	@PostMapping("/people/{slug}/delete")
	String delete(@PathVariable String slug, @RequestParam long version, @AuthenticationPrincipal PortalUser user,
			RedirectAttributes redirect) {
		try {
			editor.delete(slug, version, user);
			redirect.addFlashAttribute("success", "conference.person.deleted");
			return "redirect:/people";
		}
		catch (EditRejected rejected) {
			redirect.addFlashAttribute("problem", rejected.problems().get(0).messageKey());
			return "redirect:/people/" + slug + "/edit";
		}
	}

	/**
	 * Two editors can take the same address at once: the database refuses the second,
	 * shown at its field.
	 */
	private static String unlessAddressTaken(PersonForm form, Supplier<String> save) {
		try {
			return save.get();
		}
		catch (DataIntegrityViolationException sameAddressJustTaken) {
			throw EditRejected.at("slug", "conference.error.personExists", form.slug());
		}
	}

	private String personPage(PersonRow person, Model model) {
		model.addAttribute("person", person);
		model.addAttribute("changes", history.ofPerson(person.id(), HISTORY_LINES));
		return "conference/person-form";
	}

}
