package org.unesco.gnlc.conference;

import java.text.Normalizer;
import java.util.Locale;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unesco.gnlc.shared.security.PortalUser;
import org.unesco.gnlc.shared.web.StaleEditException;

/**
 * UIL keeps the people of the records. A person is recorded once and found by the address
 * of their page (the slug): a second record with the same address is refused, so that the
 * same person is not recorded twice.
 */
@Service
@Transactional
@RequiredArgsConstructor
class PersonEditor {

	private final ConferencePersonRepository people;

	private final ConferenceParticipationRepository participations;

	private final ConferenceHistory history;

	/** Records a person; answers the address of their page. */
	String create(PersonForm form, PortalUser user) {
		Secretariat.require(user);
		String name = Texts.line(form.name());
		String slug = slugOf(form.slug(), name);
		if (people.existsBySlug(slug)) {
			throw EditRejected.at(form.slug() == null || form.slug().isBlank() ? "name" : "slug",
					"conference.error.personExists", slug);
		}
		Person person = new Person(slug);
		FieldChanges changes = person.apply(slug, name, Texts.line(form.honorific()), Texts.line(form.description()));
		people.saveAndFlush(person);
		history.record(user, null, person.id(), ChangeSubject.PERSON, person.id(), person.name(), ChangeAction.CREATED,
				changes);
		return person.slug();
	}

	/** Saves a person; answers the address of their page (which the form may change). */
	String update(String currentSlug, PersonForm form, PortalUser user) {
		Secretariat.require(user);
		Person person = people.findBySlug(currentSlug).orElseThrow(() -> NotFound.of("Person"));
		StaleEditException.check(form.version(), person.version(), "The person");
		String name = Texts.line(form.name());
		String slug = slugOf(form.slug(), name);
		if (!slug.equals(person.slug()) && people.existsBySlug(slug)) {
			throw EditRejected.at("slug", "conference.error.personExists", slug);
		}
		FieldChanges changes = person.apply(slug, name, Texts.line(form.honorific()), Texts.line(form.description()));
		if (!changes.isEmpty()) {
			people.saveAndFlush(person);
			history.record(user, null, person.id(), ChangeSubject.PERSON, person.id(), person.name(),
					ChangeAction.UPDATED, changes);
		}
		return person.slug();
	}

	/**
	 * Deletes a person who holds no role (roles are removed first, from their
	 * conference).
	 */
	void delete(String slug, long versionSeen, PortalUser user) {
		Secretariat.require(user);
		Person person = people.findBySlug(slug).orElseThrow(() -> NotFound.of("Person"));
		StaleEditException.check(versionSeen, person.version(), "The person");
		if (participations.existsByPersonId(person.id())) {
			throw EditRejected.at("name", "conference.error.personHasRoles");
		}
		FieldChanges removed = new FieldChanges();
		removed.set("name", person.name(), null);
		history.record(user, null, person.id(), ChangeSubject.PERSON, person.id(), person.name(), ChangeAction.DELETED,
				removed);
		people.delete(person);
		people.flush();
	}

	/**
	 * The slug typed into the form, or one made of the name: “María del Carmen” gives
	 * “maria-del-carmen”.
	 */
	static String slugOf(String typed, String name) {
		String source = typed == null || typed.isBlank() ? name : typed;
		int lastSlash = source.strip().lastIndexOf('/');
		if (typed != null && !typed.isBlank() && lastSlash >= 0) {
			source = source.strip().substring(lastSlash + 1);
		}
		String ascii = Normalizer.normalize(source, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
		if (slug.length() > 120) {
			slug = slug.substring(0, 120).replaceAll("-$", "");
		}
		return slug.isEmpty() ? "person" : slug;
	}

}
