package org.unesco.gnlc.conference;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.unesco.gnlc.conference.ConferenceRecords.SessionRow;

/**
 * A session: its type and number, title, summary, the agenda item that schedules it and
 * the cities it names (their profile addresses, separated by commas or spaces).
 */
record SessionForm(@NotNull @Nullable SessionType type, @Min(1) @Max(99) @Nullable Integer number,
		@Size(max = 300) @Nullable String title, @Size(max = 10_000) @Nullable String summary,
		@Nullable Long agendaItemId, @Size(max = 1000) @Nullable String cities, long version) {

	static SessionForm empty() {
		return new SessionForm(SessionType.PLENARY, null, null, null, null, null, 0);
	}

	static SessionForm of(SessionRow session) {
		return new SessionForm(session.type(), session.number(), session.title(), session.summary(),
				session.agendaItem() == null ? null : session.agendaItem().id(),
				String.join(", ", session.cityIdsText()), session.version());
	}

}
