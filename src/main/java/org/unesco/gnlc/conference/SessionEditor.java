package org.unesco.gnlc.conference;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unesco.gnlc.city.CityInfo;
import org.unesco.gnlc.reference.UnescoRegion;
import org.unesco.gnlc.shared.security.PortalUser;
import org.unesco.gnlc.shared.web.StaleEditException;

/**
 * UIL keeps a conference's sessions and the people in their roles (in sessions and in the
 * bureau).
 */
@Service
@Transactional
@RequiredArgsConstructor
class SessionEditor {

	private final ConferenceEditor conferences;

	private final ConferenceSessionRepository sessions;

	private final ConferenceParticipationRepository participations;

	private final ConferenceAgendaItemRepository agenda;

	private final ConferencePersonRepository people;

	private final ConferenceHistory history;

	private final ConferenceCityLinks cityLinks;

	private final ConferenceNames names;

	// Sessions
	// -----------------------------------------------------------------------------------

	long addSession(int number, SessionForm form, PortalUser user) {
		Secretariat.require(user);
		Conference conference = conferences.locked(number);
		SessionValues values = checked(conference, form, null);
		ConferenceSession session = new ConferenceSession(conference.id(), values.type());
		FieldChanges changes = session.apply(values.type(), values.number(), values.title(), values.summary(),
				values.agendaItemId(), values.cityIds());
		sessions.saveAndFlush(session);
		history.record(user, conference.id(), null, ChangeSubject.SESSION, session.id(), label(session),
				ChangeAction.CREATED, changes);
		return session.id();
	}

	void updateSession(int number, long sessionId, SessionForm form, PortalUser user) {
		Secretariat.require(user);
		Conference conference = conferences.locked(number);
		ConferenceSession session = session(conference, sessionId);
		StaleEditException.check(form.version(), session.version(), "The session");
		SessionValues values = checked(conference, form, session);
		FieldChanges changes = session.apply(values.type(), values.number(), values.title(), values.summary(),
				values.agendaItemId(), values.cityIds());
		if (!changes.isEmpty()) {
			sessions.saveAndFlush(session);
			history.record(user, conference.id(), null, ChangeSubject.SESSION, session.id(), label(session),
					ChangeAction.UPDATED, changes);
		}
	}

	/** Deletes a session with the roles held in it. */
	void deleteSession(int number, long sessionId, long versionSeen, PortalUser user) {
		Secretariat.require(user);
		Conference conference = conferences.locked(number);
		ConferenceSession session = session(conference, sessionId);
		StaleEditException.check(versionSeen, session.version(), "The session");
		FieldChanges removed = new FieldChanges();
		removed.set("roles", String.valueOf(participations.countBySessionId(session.id())), null);
		removed.set("summary", session.summary(), null);
		sessions.delete(session);
		sessions.flush();
		history.record(user, conference.id(), null, ChangeSubject.SESSION, session.id(), label(session),
				ChangeAction.DELETED, removed);
	}

	private record SessionValues(SessionType type, @Nullable Integer number, @Nullable String title,
			@Nullable String summary, @Nullable Long agendaItemId, Set<Long> cityIds) {
	}

	private SessionValues checked(Conference conference, SessionForm form, @Nullable ConferenceSession current) {
		EditRejected.Collector problems = new EditRejected.Collector();
		SessionType type = form.type();
		Integer sessionNumber = form.number();
		if (sessionNumber != null) {
			sessions.findByConferenceIdAndTypeAndNumber(conference.id(), type, sessionNumber)
				.stream()
				.filter(other -> current == null || !other.id().equals(current.id()))
				.findFirst()
				.ifPresent(other -> problems.add("number", "conference.error.sessionNumberTaken", sessionNumber));
		}
		Long agendaItemId = form.agendaItemId();
		if (agendaItemId != null && agenda.findByIdAndConferenceId(agendaItemId, conference.id()).isEmpty()) {
			problems.add("agendaItemId", "conference.error.unknownAgendaItem");
		}
		Set<Long> cityIds = new LinkedHashSet<>();
		for (String slug : citySlugs(form.cities())) {
			Optional<CityInfo> city = cityLinks.bySlug(slug);
			if (city.isPresent()) {
				cityIds.add(city.get().id());
			}
			else {
				problems.add("cities", "conference.error.unknownCity", slug);
			}
		}
		problems.throwIfAny();
		return new SessionValues(type, sessionNumber, Texts.line(form.title()), Texts.paragraphs(form.summary()),
				agendaItemId, cityIds);
	}

	private static List<String> citySlugs(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return Arrays.stream(text.split("[,;\\s]+")).filter(slug -> !slug.isBlank()).distinct().toList();
	}

	// People in their roles
	// ----------------------------------------------------------------------

	long addParticipation(int number, ParticipationForm form, PortalUser user) {
		Secretariat.require(user);
		Conference conference = conferences.locked(number);
		RoleValues values = checked(conference, form, null);
		Participation participation = new Participation(conference.id(),
				participations.lastPosition(conference.id()) + 1);
		FieldChanges changes = participation.apply(values.sessionId(), values.person().id(), values.role(),
				values.region(), values.affiliation(), values.cityId(), values.contribution());
		participations.saveAndFlush(participation);
		history.record(user, conference.id(), values.person().id(), ChangeSubject.PARTICIPATION, participation.id(),
				roleLabel(values.person(), values.role()), ChangeAction.CREATED, changes);
		return participation.id();
	}

	void updateParticipation(int number, long participationId, ParticipationForm form, PortalUser user) {
		Secretariat.require(user);
		Conference conference = conferences.locked(number);
		Participation participation = participation(conference, participationId);
		StaleEditException.check(form.version(), participation.version(), "The role");
		RoleValues values = checked(conference, form, participation);
		FieldChanges changes = participation.apply(values.sessionId(), values.person().id(), values.role(),
				values.region(), values.affiliation(), values.cityId(), values.contribution());
		if (!changes.isEmpty()) {
			participations.saveAndFlush(participation);
			history.record(user, conference.id(), values.person().id(), ChangeSubject.PARTICIPATION, participation.id(),
					roleLabel(values.person(), values.role()), ChangeAction.UPDATED, changes);
		}
	}

	/** Removes a role; answers the session it was held in (null for the bureau). */
	@Nullable Long deleteParticipation(int number, long participationId, long versionSeen, PortalUser user) {
		Secretariat.require(user);
		Conference conference = conferences.locked(number);
		Participation participation = participation(conference, participationId);
		StaleEditException.check(versionSeen, participation.version(), "The role");
		Person person = people.findById(participation.personId()).orElseThrow();
		FieldChanges removed = new FieldChanges();
		removed.set("role", participation.role(), null);
		removed.set("affiliation", participation.affiliation(), null);
		participations.delete(participation);
		participations.flush();
		history.record(user, conference.id(), person.id(), ChangeSubject.PARTICIPATION, participation.id(),
				roleLabel(person, participation.role()), ChangeAction.DELETED, removed);
		return participation.sessionId();
	}

	private record RoleValues(@Nullable Long sessionId, Person person, ParticipationRole role,
			@Nullable UnescoRegion region, @Nullable String affiliation, @Nullable Long cityId,
			@Nullable String contribution) {
	}

	private RoleValues checked(Conference conference, ParticipationForm form, @Nullable Participation current) {
		EditRejected.Collector problems = new EditRejected.Collector();
		Long sessionId = form.sessionId();
		if (sessionId != null && sessions.findByIdAndConferenceId(sessionId, conference.id()).isEmpty()) {
			problems.add("sessionId", "conference.error.unknownSession");
		}
		ParticipationRole role = form.role();
		if (role.bureau() && sessionId != null) {
			problems.add("role", "conference.error.bureauRoleInSession");
		}
		if (!role.bureau() && sessionId == null) {
			problems.add("role", "conference.error.sessionRoleWithoutSession");
		}
		Person person = findPerson(form.person());
		if (person == null) {
			problems.add("person", "conference.error.unknownPerson", form.person().strip());
		}
		Long cityId = null;
		if (form.city() != null && !form.city().isBlank()) {
			Optional<CityInfo> city = cityLinks.bySlug(form.city());
			if (city.isPresent()) {
				cityId = city.get().id();
			}
			else {
				problems.add("city", "conference.error.unknownCity", form.city().strip());
			}
		}
		if (person != null && participations.existsSameRole(conference.id(), sessionId, person.id(), role,
				current == null ? -1L : current.id())) {
			problems.add("role", "conference.error.roleTaken", person.name());
		}
		problems.throwIfAny();
		UnescoRegion region = role == ParticipationRole.VICE_CHAIR || form.region() != null ? form.region() : null;
		return new RoleValues(sessionId, person, role, region, Texts.line(form.affiliation()), cityId,
				Texts.paragraphs(form.contribution()));
	}

	/**
	 * A person by the address of their page, or by their exact name when it names only
	 * one.
	 */
	private @Nullable Person findPerson(String reference) {
		String clean = reference.strip();
		int lastSlash = clean.lastIndexOf('/');
		String slug = (lastSlash >= 0 ? clean.substring(lastSlash + 1) : clean).toLowerCase(Locale.ROOT);
		Optional<Person> bySlug = people.findBySlug(slug);
		if (bySlug.isPresent()) {
			return bySlug.get();
		}
		List<Person> byName = people
			.findByNameIgnoringCaseAndAccents(Texts.line(clean) == null ? "" : Texts.line(clean));
		return byName.size() == 1 ? byName.get(0) : null;
	}

	// Shared
	// -------------------------------------------------------------------------------------

	private ConferenceSession session(Conference conference, long sessionId) {
		return sessions.findByIdAndConferenceId(sessionId, conference.id()).orElseThrow(() -> NotFound.of("Session"));
	}

	private Participation participation(Conference conference, long participationId) {
		return participations.findByIdAndConferenceId(participationId, conference.id())
			.orElseThrow(() -> NotFound.of("Role"));
	}

	private String label(ConferenceSession session) {
		return names.session(session.type(), session.number(), session.title(), Locale.ENGLISH);
	}

	private static String roleLabel(Person person, ParticipationRole role) {
		return person.name() + " · " + role.name();
	}

}
