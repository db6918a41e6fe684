package org.unesco.gnlc.conference;

import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.unesco.gnlc.conference.ConferenceRecords.AgendaRow;

/** One agenda item: its day, local start and end times, venue and what happens. */
record AgendaItemForm(@NotNull @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate day,
		@DateTimeFormat(pattern = "HH:mm") @Nullable LocalTime startsAt,
		@DateTimeFormat(pattern = "HH:mm") @Nullable LocalTime endsAt, @Size(max = 160) @Nullable String venue,
		@NotBlank @Size(max = 500) @Nullable String title, long version) {

	static AgendaItemForm startingOn(@Nullable LocalDate day) {
		return new AgendaItemForm(day, null, null, null, null, 0);
	}

	static AgendaItemForm of(AgendaRow item) {
		return new AgendaItemForm(item.day(), item.startsAt(), item.endsAt(), item.venue(), item.title(),
				item.version());
	}

}
