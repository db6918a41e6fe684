package org.unesco.gnlc.conference;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unesco.gnlc.city.CityInfo;
import org.unesco.gnlc.conference.Conference.ConferenceValues;
import org.unesco.gnlc.reference.ReferenceData;
import org.unesco.gnlc.shared.security.PortalUser;
import org.unesco.gnlc.shared.web.StaleEditException;

/**
 * UIL keeps a conference's facts and its agenda. Every change locks the conference first,
 * is checked against the record as it stands, and is written to the history in the same
 * transaction.
 */
@Service
@Transactional
@RequiredArgsConstructor
class ConferenceEditor {

	/**
	 * Agenda days may start before the conference (arrival) and end after it (visits).
	 */
	private static final int AGENDA_DAYS_AROUND = 7;

	private final ConferenceRepository conferences;

	private final ConferenceAgendaItemRepository agenda;

	private final ConferenceHistory history;

	private final ConferenceCityLinks cityLinks;

	private final ReferenceData referenceData;

	private final ConferenceNames names;

	// Conference facts
	// ---------------------------------------------------------------------------

	/** Records a new conference; answers its number. */
	int create(ConferenceForm form, PortalUser user) {
		Secretariat.require(user);
		ConferenceValues values = checked(form, null);
		Conference conference = new Conference(values.number());
		FieldChanges changes = conference.apply(values);
		conferences.saveAndFlush(conference);
		history.record(user, conference.id(), null, ChangeSubject.CONFERENCE, conference.id(), label(conference),
				ChangeAction.CREATED, changes);
		return conference.ordinal();
	}

	/**
	 * Saves the facts of conference {@code number}; answers its number (which the form
	 * may change).
	 */
	int update(int number, ConferenceForm form, PortalUser user) {
		Secretariat.require(user);
		Conference conference = locked(number);
		StaleEditException.check(form.version(), conference.version(), "The conference");
		FieldChanges changes = conference.apply(checked(form, conference));
		if (!changes.isEmpty()) {
			conferences.saveAndFlush(conference);
			history.record(user, conference.id(), null, ChangeSubject.CONFERENCE, conference.id(), label(conference),
					ChangeAction.UPDATED, changes);
		}
		return conference.ordinal();
	}

	private ConferenceValues checked(ConferenceForm form, @Nullable Conference current) {
		EditRejected.Collector problems = new EditRejected.Collector();
		int number = form.number();
		if ((current == null || current.ordinal() != number) && conferences.existsByOrdinal(number)) {
			problems.add("number", "conference.error.numberTaken", number);
		}
		LocalDate startsOn = form.startsOn();
		LocalDate endsOn = form.endsOn();
		if (endsOn != null && startsOn == null) {
			problems.add("startsOn", "conference.error.endWithoutStart");
		}
		if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
			problems.add("endsOn", "conference.error.endsBeforeStart");
		}
		if (startsOn != null && startsOn.getYear() != form.year()) {
			problems.add("year", "conference.error.yearOfStart", startsOn.getYear());
		}
		if (form.status() == ConferenceStatus.HELD && startsOn == null) {
			problems.add("startsOn", "conference.error.heldWithoutDates");
		}
		String timeZone = form.timeZone().strip();
		if (!validZone(timeZone)) {
			problems.add("timeZone", "conference.error.timeZone");
		}
		Optional<CityInfo> hostCity = Optional.empty();
		if (form.hostCity() != null && !form.hostCity().isBlank()) {
			hostCity = cityLinks.bySlug(form.hostCity());
			if (hostCity.isEmpty()) {
				problems.add("hostCity", "conference.error.unknownCity", form.hostCity().strip());
			}
		}
		String country = Texts.line(form.hostCountryCode());
		if (country != null) {
			country = country.toUpperCase(Locale.ROOT);
			if (referenceData.country(country, Locale.ENGLISH).isEmpty()) {
				problems.add("hostCountryCode", "conference.error.unknownCountry");
			}
		}
		if (hostCity.isPresent()) {
			if (country == null) {
				country = hostCity.get().countryCode();
			}
			else if (!country.equals(hostCity.get().countryCode())) {
				problems.add("hostCountryCode", "conference.error.cityInOtherCountry", hostCity.get().name());
			}
		}
		Integer awardYear = form.awardYear();
		if (awardYear != null && (current == null || !awardYear.equals(current.awardYear()))) {
			conferences.findByAwardYear(awardYear)
				.filter(other -> current == null || !other.id().equals(current.id()))
				.ifPresent(other -> problems.add("awardYear", "conference.error.awardYearTaken", awardYear,
						other.ordinal()));
		}
		problems.throwIfAny();
		String hostCityName = Texts.line(form.hostCityName());
		if (hostCityName == null && hostCity.isPresent()) {
			hostCityName = hostCity.get().name();
		}
		return new ConferenceValues(number, form.year(), Texts.line(form.theme()), form.status(), form.format(),
				hostCityName, hostCity.map(CityInfo::id).orElse(null), country, startsOn, endsOn, timeZone,
				form.participants(), form.participants() != null && Boolean.TRUE.equals(form.participantsAtLeast()),
				form.memberStates(), Texts.joinLines(form.organisers()), Texts.joinLines(form.hostingOrganisations()),
				Texts.joinLines(form.sponsors()), Texts.paragraphs(form.summary()), awardYear);
	}

	private static boolean validZone(String zone) {
		if (!zone.equals("UTC") && !ZoneId.getAvailableZoneIds().contains(zone)) {
			return false;
		}
		try {
			ZoneId.of(zone);
			return true;
		}
		catch (DateTimeException ex) {
			return false;
		}
	}

	// Agenda
	// -------------------------------------------------------------------------------------

	long addAgendaItem(int number, AgendaItemForm form, PortalUser user) {
		Secretariat.require(user);
		Conference conference = locked(number);
		AgendaValues values = checked(conference, form, null);
		List<AgendaItem> sameDay = agenda.findByConferenceIdAndDayOrderByPositionAsc(conference.id(), values.day());
		AgendaItem item = new AgendaItem(conference.id(), values.day(), sameDay.size() + 1);
		FieldChanges changes = item.apply(values.day(), values.startsAt(), values.endsAt(), values.venue(),
				values.title());
		placeByTime(item, sameDay);
		agenda.saveAndFlush(item);
		history.record(user, conference.id(), null, ChangeSubject.AGENDA_ITEM, item.id(), agendaLabel(item),
				ChangeAction.CREATED, changes);
		return item.id();
	}

	void updateAgendaItem(int number, long itemId, AgendaItemForm form, PortalUser user) {
		Secretariat.require(user);
		Conference conference = locked(number);
		AgendaItem item = agenda.findByIdAndConferenceId(itemId, conference.id())
			.orElseThrow(() -> NotFound.of("Agenda item"));
		StaleEditException.check(form.version(), item.version(), "The agenda item");
		AgendaValues values = checked(conference, form, item);
		LocalDate oldDay = item.day();
		LocalTime oldStart = item.startsAt();
		FieldChanges changes = item.apply(values.day(), values.startsAt(), values.endsAt(), values.venue(),
				values.title());
		if (changes.isEmpty()) {
			return;
		}
		if (!oldDay.equals(item.day()) || !Objects.equals(oldStart, item.startsAt())) {
			// A new day or time finds its place among the items of that day; the old day
			// closes ranks.
			List<AgendaItem> others = new ArrayList<>(
					agenda.findByConferenceIdAndDayOrderByPositionAsc(conference.id(), item.day()));
			others.removeIf(other -> other.id().equals(item.id()));
			placeByTime(item, others);
			if (!oldDay.equals(item.day())) {
				renumber(agenda.findByConferenceIdAndDayOrderByPositionAsc(conference.id(), oldDay)
					.stream()
					.filter(other -> !other.id().equals(item.id()))
					.toList());
			}
		}
		agenda.flush();
		history.record(user, conference.id(), null, ChangeSubject.AGENDA_ITEM, item.id(), agendaLabel(item),
				ChangeAction.UPDATED, changes);
	}

	/** Moves an item one place up or down within its day. */
	void moveAgendaItem(int number, long itemId, boolean up, PortalUser user) {
		Secretariat.require(user);
		Conference conference = locked(number);
		AgendaItem item = agenda.findByIdAndConferenceId(itemId, conference.id())
			.orElseThrow(() -> NotFound.of("Agenda item"));
		List<AgendaItem> day = agenda.findByConferenceIdAndDayOrderByPositionAsc(conference.id(), item.day());
		int index = indexOf(day, item);
		int target = up ? index - 1 : index + 1;
		if (target < 0 || target >= day.size()) {
			return;
		}
		item.swapPositionWith(day.get(target));
		agenda.flush();
		history.record(user, conference.id(), null, ChangeSubject.AGENDA_ITEM, item.id(), agendaLabel(item),
				up ? ChangeAction.MOVED_UP : ChangeAction.MOVED_DOWN, new FieldChanges());
	}

	void deleteAgendaItem(int number, long itemId, long versionSeen, PortalUser user) {
		Secretariat.require(user);
		Conference conference = locked(number);
		AgendaItem item = agenda.findByIdAndConferenceId(itemId, conference.id())
			.orElseThrow(() -> NotFound.of("Agenda item"));
		StaleEditException.check(versionSeen, item.version(), "The agenda item");
		FieldChanges removed = new FieldChanges();
		removed.set("title", item.title(), null);
		agenda.delete(item);
		agenda.flush();
		renumber(agenda.findByConferenceIdAndDayOrderByPositionAsc(conference.id(), item.day()));
		history.record(user, conference.id(), null, ChangeSubject.AGENDA_ITEM, item.id(), agendaLabel(item),
				ChangeAction.DELETED, removed);
	}

	private record AgendaValues(LocalDate day, @Nullable LocalTime startsAt, @Nullable LocalTime endsAt,
			@Nullable String venue, String title) {
	}

	private AgendaValues checked(Conference conference, AgendaItemForm form, @Nullable AgendaItem current) {
		EditRejected.Collector problems = new EditRejected.Collector();
		LocalDate day = form.day();
		LocalTime startsAt = form.startsAt();
		LocalTime endsAt = form.endsAt();
		String venue = Texts.line(form.venue());
		String title = Texts.line(form.title());
		if (endsAt != null && startsAt == null) {
			problems.add("startsAt", "conference.error.endWithoutStart");
		}
		if (startsAt != null && endsAt != null && !endsAt.isAfter(startsAt)) {
			problems.add("endsAt", "conference.error.endsBeforeStartTime");
		}
		if (conference.startsOn() != null) {
			LocalDate first = conference.startsOn().minusDays(AGENDA_DAYS_AROUND);
			LocalDate last = (conference.endsOn() != null ? conference.endsOn() : conference.startsOn())
				.plusDays(AGENDA_DAYS_AROUND);
			if (day.isBefore(first) || day.isAfter(last)) {
				problems.add("day", "conference.error.dayOutsideConference", conference.startsOn(),
						conference.endsOn() != null ? conference.endsOn() : conference.startsOn());
			}
		}
		if (startsAt != null && (endsAt == null || endsAt.isAfter(startsAt)) && venue != null) {
			agenda.findByConferenceIdAndDayOrderByPositionAsc(conference.id(), day)
				.stream()
				.filter(other -> current == null || !other.id().equals(current.id()))
				.filter(other -> other.clashesWith(day, startsAt, endsAt, venue))
				.findFirst()
				.ifPresent(other -> problems.add("startsAt", "conference.error.agendaClash", other.title(),
						other.venue(), timeSpan(other)));
		}
		problems.throwIfAny();
		return new AgendaValues(day, startsAt, endsAt, venue, title);
	}

	private static String timeSpan(AgendaItem item) {
		return item.endsAt() == null ? String.valueOf(item.startsAt()) : item.startsAt() + "–" + item.endsAt();
	}

	/**
	 * Puts the item before the first item of its day that starts later; untimed items go
	 * last.
	 */
	private static void placeByTime(AgendaItem item, List<AgendaItem> othersOfTheDay) {
		List<AgendaItem> ordered = new ArrayList<>(othersOfTheDay);
		int index = ordered.size();
		if (item.startsAt() != null) {
			for (int i = 0; i < ordered.size(); i++) {
				LocalTime start = ordered.get(i).startsAt();
				if (start != null && start.isAfter(item.startsAt())) {
					index = i;
					break;
				}
			}
		}
		ordered.add(index, item);
		renumber(ordered);
	}

	private static void renumber(List<AgendaItem> items) {
		for (int i = 0; i < items.size(); i++) {
			AgendaItem item = items.get(i);
			if (item.position() != i + 1) {
				item.placeAt(item.day(), i + 1);
			}
		}
	}

	private static int indexOf(List<AgendaItem> items, AgendaItem item) {
		for (int i = 0; i < items.size(); i++) {
			if (items.get(i).id().equals(item.id())) {
				return i;
			}
		}
		throw new IllegalStateException("Agenda item " + item.id() + " is not on its own day");
	}

	// Shared
	// -------------------------------------------------------------------------------------

	Conference locked(int number) {
		return conferences.lockByOrdinal(number).orElseThrow(() -> NotFound.of("Conference"));
	}

	String label(Conference conference) {
		return names.conference(conference.ordinal(), Locale.ENGLISH);
	}

	private static String agendaLabel(AgendaItem item) {
		return item.day() + (item.startsAt() == null ? "" : " " + item.startsAt()) + " · " + item.title();
	}

}
