package org.unesco.gnlc.conference;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;
import org.unesco.gnlc.shared.persistence.BaseEntity;

/**
 * A session of a conference (a plenary, a forum, a ceremony) with its summary and the
 * cities it names.
 */
@Entity
@Table(name = "conference_session")
class ConferenceSession extends BaseEntity {

	private long conferenceId;

	@Enumerated(EnumType.STRING)
	private SessionType type;

	private @Nullable Integer number;

	private @Nullable String title;

	private @Nullable String summary;

	private @Nullable Long agendaItemId;

	@ElementCollection
	@CollectionTable(name = "conference_session_city", joinColumns = @JoinColumn(name = "session_id"))
	@Column(name = "city_id")
	private Set<Long> cityIds = new LinkedHashSet<>();

	@Version
	private long version;

	protected ConferenceSession() {
	}

	ConferenceSession(long conferenceId, SessionType type) {
		this.conferenceId = conferenceId;
		this.type = type;
	}

	FieldChanges apply(SessionType newType, @Nullable Integer newNumber, @Nullable String newTitle,
			@Nullable String newSummary, @Nullable Long newAgendaItemId, Set<Long> newCityIds) {
		FieldChanges changes = new FieldChanges();
		type = changes.set("type", type, newType);
		number = changes.set("number", number, newNumber);
		title = changes.set("title", title, newTitle);
		summary = changes.set("summary", summary, newSummary);
		agendaItemId = changes.set("agendaItem", agendaItemId, newAgendaItemId);
		Set<Long> before = new TreeSet<>(cityIds);
		Set<Long> after = new TreeSet<>(newCityIds);
		if (!before.equals(after)) {
			changes.set("cities", before.toString(), after.toString());
			cityIds.clear();
			cityIds.addAll(after);
		}
		return changes;
	}

	long conferenceId() {
		return conferenceId;
	}

	SessionType type() {
		return type;
	}

	@Nullable Integer number() {
		return number;
	}

	@Nullable String title() {
		return title;
	}

	@Nullable String summary() {
		return summary;
	}

	@Nullable Long agendaItemId() {
		return agendaItemId;
	}

	Set<Long> cityIds() {
		return Set.copyOf(cityIds);
	}

	long version() {
		return version;
	}

}
