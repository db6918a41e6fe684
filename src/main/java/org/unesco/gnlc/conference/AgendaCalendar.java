package org.unesco.gnlc.conference;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.validate.ValidationException;

import org.springframework.stereotype.Component;
import org.unesco.gnlc.conference.ConferenceRecords.AgendaRow;
import org.unesco.gnlc.conference.ConferenceRecords.ConferenceRecord;
import org.unesco.gnlc.conference.ConferenceRecords.SessionRef;

/**
 * A conference's agenda as an iCalendar file (RFC 5545): one event per item with a time,
 * in the conference's own time zone (with its VTIMEZONE, historical rules included, so 28
 * September 2015 in Mexico City is read as daylight time), and all-day events for items
 * without a time.
 */
@Component
@RequiredArgsConstructor
class AgendaCalendar {

	private static final String PRODUCT = "-//UNESCO Institute for Lifelong Learning//GNLC Portal//EN";

	private final Clock clock;

	private final TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();

	byte[] ics(ConferenceRecord record, String portalAddress) {
		ZoneId zone = ZoneId.of(record.conference().timeZone());
		Calendar calendar = new Calendar().withProdId(PRODUCT).withDefaults().getFluentTarget();
		calendar.add(new XProperty("X-WR-CALNAME", record.conference().name()));
		calendar.add(new XProperty("X-WR-TIMEZONE", zone.getId()));
		boolean timed = record.agendaItems().stream().anyMatch(item -> item.startsAt() != null);
		if (timed && !zone.getId().equals("UTC")) {
			TimeZone definition = zones.getTimeZone(zone.getId());
			if (definition != null) {
				calendar.add(definition.getVTimeZone());
			}
		}
		DtStamp stamp = new DtStamp(clock.instant());
		String page = portalAddress + "/conferences/" + record.conference().number();
		for (AgendaRow item : record.agendaItems()) {
			VEvent event = item.startsAt() == null ? new VEvent(item.day(), item.title())
					: item.endsAt() == null ? new VEvent(at(item, item.startsAt(), zone), item.title())
							: new VEvent(at(item, item.startsAt(), zone), at(item, item.endsAt(), zone), item.title());
			event.replace(stamp);
			event
				.add(new Uid("iclc-" + record.conference().number() + "-agenda-" + item.id() + "@gnlc.uil.unesco.org"));
			if (item.venue() != null) {
				event.add(new Location(item.venue()));
			}
			event.add(new Description(description(item, page)));
			calendar.add(event);
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			new CalendarOutputter(false).output(calendar, out);
		}
		catch (IOException | ValidationException ex) {
			throw new IllegalStateException(
					"The agenda of conference " + record.conference().number() + " could not be written as iCalendar",
					ex);
		}
		return out.toByteArray();
	}

	private static ZonedDateTime at(AgendaRow item, LocalTime time, ZoneId zone) {
		return ZonedDateTime.of(item.day(), time, zone);
	}

	private static String description(AgendaRow item, String page) {
		String sessions = item.sessions().stream().map(SessionRef::label).collect(Collectors.joining("\n"));
		return (sessions.isEmpty() ? "" : sessions + "\n\n") + page;
	}

}
