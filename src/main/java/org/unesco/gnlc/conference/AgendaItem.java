package org.unesco.gnlc.conference;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.OptimisticLock;
import org.jspecify.annotations.Nullable;
import org.unesco.gnlc.shared.persistence.BaseEntity;

/**
 * One line of a conference's agenda: a day, an optional time span and venue, and what
 * happens.
 */
@Entity(name = "ConferenceAgendaItem")
@Table(name = "conference_agenda_item")
class AgendaItem extends BaseEntity {

	private long conferenceId;

	private LocalDate day;

	private @Nullable LocalTime startsAt;

	private @Nullable LocalTime endsAt;

	private @Nullable String venue;

	private String title;

	/**
	 * Reordering is not an edit of the item: it does not change the version editors saw.
	 */
	@OptimisticLock(excluded = true)
	private int position;

	@Version
	private long version;

	protected AgendaItem() {
	}

	AgendaItem(long conferenceId, LocalDate day, int position) {
		this.conferenceId = conferenceId;
		this.day = day;
		this.position = position;
	}

	FieldChanges apply(LocalDate newDay, @Nullable LocalTime newStart, @Nullable LocalTime newEnd,
			@Nullable String newVenue, String newTitle) {
		FieldChanges changes = new FieldChanges();
		day = changes.set("day", day, newDay);
		startsAt = changes.set("startsAt", startsAt, newStart);
		endsAt = changes.set("endsAt", endsAt, newEnd);
		venue = changes.set("venue", venue, newVenue);
		title = changes.set("title", title, newTitle);
		return changes;
	}

	/**
	 * Whether this item and a candidate time span take place at the same time in the same
	 * venue. An item without an end lasts an instant; items without a venue or a start
	 * never clash.
	 */
	boolean clashesWith(LocalDate otherDay, @Nullable LocalTime otherStart, @Nullable LocalTime otherEnd,
			@Nullable String otherVenue) {
		if (!day.equals(otherDay) || venue == null || otherVenue == null || startsAt == null || otherStart == null
				|| !sameVenue(venue, otherVenue)) {
			return false;
		}
		LocalTime end = endsAt != null ? endsAt : startsAt;
		LocalTime otherFinish = otherEnd != null ? otherEnd : otherStart;
		if (startsAt.equals(otherStart)) {
			return true;
		}
		return startsAt.isBefore(otherFinish) && otherStart.isBefore(end);
	}

	private static boolean sameVenue(String a, String b) {
		return a.strip().toLowerCase(Locale.ROOT).equals(b.strip().toLowerCase(Locale.ROOT));
	}

	void placeAt(LocalDate newDay, int newPosition) {
		this.day = newDay;
		this.position = newPosition;
	}

	void swapPositionWith(AgendaItem other) {
		int mine = position;
		position = other.position;
		other.position = mine;
	}

	long conferenceId() {
		return conferenceId;
	}

	LocalDate day() {
		return day;
	}

	@Nullable LocalTime startsAt() {
		return startsAt;
	}

	@Nullable LocalTime endsAt() {
		return endsAt;
	}

	@Nullable String venue() {
		return venue;
	}

	String title() {
		return title;
	}

	int position() {
		return position;
	}

	long version() {
		return version;
	}

}
