package org.unesco.gnlc.conference;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.unesco.gnlc.conference.ConferenceRecords.ConferenceRow;

/** The facts of a conference as UIL edits them; version is the one the editor saw. */
record ConferenceForm(@NotNull @Min(1) @Max(999) @Nullable Integer number,
		@NotNull @Min(2000) @Max(2100) @Nullable Integer year, @Size(max = 300) @Nullable String theme,
		@NotNull @Nullable ConferenceStatus status, @Nullable ConferenceFormat format,
		@Size(max = 160) @Nullable String hostCityName, @Size(max = 200) @Nullable String hostCity,
		@Size(max = 2) @Nullable String hostCountryCode, @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate startsOn,
		@DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate endsOn, @NotBlank @Size(max = 60) @Nullable String timeZone,
		@Min(0) @Max(1_000_000) @Nullable Integer participants, @Nullable Boolean participantsAtLeast,
		@Min(0) @Max(250) @Nullable Integer memberStates, @Size(max = 4000) @Nullable String organisers,
		@Size(max = 4000) @Nullable String hostingOrganisations, @Size(max = 4000) @Nullable String sponsors,
		@Size(max = 10_000) @Nullable String summary, @Min(2015) @Max(2100) @Nullable Integer awardYear, long version) {

	static ConferenceForm empty(int nextNumber) {
		return new ConferenceForm(nextNumber, null, null, ConferenceStatus.PLANNED, ConferenceFormat.IN_PERSON, null,
				null, null, null, null, "UTC", null, false, null, null, null, null, null, null, 0);
	}

	static ConferenceForm of(ConferenceRow conference) {
		return new ConferenceForm(conference.number(), conference.year(), conference.theme(), conference.status(),
				conference.format(), conference.hostCityName(),
				conference.hostCity() == null ? null : conference.hostCity().slug(), conference.hostCountryCode(),
				conference.startsOn(), conference.endsOn(), conference.timeZone(), conference.participants(),
				conference.participantsAtLeast(), conference.memberStates(), String.join("\n", conference.organisers()),
				String.join("\n", conference.hostingOrganisations()), String.join("\n", conference.sponsors()),
				conference.summary(), conference.awardYear(), conference.version());
	}

}
