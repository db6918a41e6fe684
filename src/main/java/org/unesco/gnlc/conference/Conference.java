package org.unesco.gnlc.conference;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;
import org.unesco.gnlc.shared.persistence.BaseEntity;

/**
 * An International Conference on Learning Cities: its facts. Agenda, sessions and
 * documents refer to it.
 */
@Entity
class Conference extends BaseEntity {

	/** 1 for the 1st ICLC (Beijing 2013), 2 for the 2nd (Mexico City 2015), ... */
	private int ordinal;

	private int year;

	private @Nullable String theme;

	@Enumerated(EnumType.STRING)
	private ConferenceStatus status;

	@Enumerated(EnumType.STRING)
	private @Nullable ConferenceFormat format;

	private @Nullable String hostCityName;

	private @Nullable Long hostCityId;

	@Column(columnDefinition = "bpchar(2)")
	private @Nullable String hostCountryCode;

	private @Nullable LocalDate startsOn;

	private @Nullable LocalDate endsOn;

	private String timeZone;

	private @Nullable Integer participants;

	private boolean participantsAtLeast;

	private @Nullable Integer memberStates;

	private @Nullable String organisers;

	private @Nullable String hostingOrganisations;

	private @Nullable String sponsors;

	private @Nullable String summary;

	private @Nullable Integer awardYear;

	private String contentLanguage;

	@Version
	private long version;

	protected Conference() {
	}

	Conference(int ordinal) {
		this.ordinal = ordinal;
		this.contentLanguage = "en";
		this.timeZone = "UTC";
		this.status = ConferenceStatus.PLANNED;
	}

	/** Applies the form's values (already cleaned and checked) and says what changed. */
	FieldChanges apply(ConferenceValues values) {
		FieldChanges changes = new FieldChanges();
		ordinal = changes.set("number", ordinal, values.number());
		year = changes.set("year", year, values.year());
		theme = changes.set("theme", theme, values.theme());
		status = changes.set("status", status, values.status());
		format = changes.set("format", format, values.format());
		hostCityName = changes.set("hostCityName", hostCityName, values.hostCityName());
		hostCityId = changes.set("hostCity", hostCityId, values.hostCityId());
		hostCountryCode = changes.set("hostCountry", hostCountryCode, values.hostCountryCode());
		startsOn = changes.set("startsOn", startsOn, values.startsOn());
		endsOn = changes.set("endsOn", endsOn, values.endsOn());
		timeZone = changes.set("timeZone", timeZone, values.timeZone());
		participants = changes.set("participants", participants, values.participants());
		participantsAtLeast = changes.set("participantsAtLeast", participantsAtLeast, values.participantsAtLeast());
		memberStates = changes.set("memberStates", memberStates, values.memberStates());
		organisers = changes.set("organisers", organisers, values.organisers());
		hostingOrganisations = changes.set("hostingOrganisations", hostingOrganisations, values.hostingOrganisations());
		sponsors = changes.set("sponsors", sponsors, values.sponsors());
		summary = changes.set("summary", summary, values.summary());
		awardYear = changes.set("awardYear", awardYear, values.awardYear());
		return changes;
	}

	/** The cleaned values of a conference form. */
	record ConferenceValues(int number, int year, @Nullable String theme, ConferenceStatus status,
			@Nullable ConferenceFormat format, @Nullable String hostCityName, @Nullable Long hostCityId,
			@Nullable String hostCountryCode, @Nullable LocalDate startsOn, @Nullable LocalDate endsOn, String timeZone,
			@Nullable Integer participants, boolean participantsAtLeast, @Nullable Integer memberStates,
			@Nullable String organisers, @Nullable String hostingOrganisations, @Nullable String sponsors,
			@Nullable String summary, @Nullable Integer awardYear) {
	}

	int ordinal() {
		return ordinal;
	}

	int year() {
		return year;
	}

	@Nullable String theme() {
		return theme;
	}

	ConferenceStatus status() {
		return status;
	}

	@Nullable ConferenceFormat format() {
		return format;
	}

	@Nullable String hostCityName() {
		return hostCityName;
	}

	@Nullable Long hostCityId() {
		return hostCityId;
	}

	@Nullable String hostCountryCode() {
		return hostCountryCode;
	}

	@Nullable LocalDate startsOn() {
		return startsOn;
	}

	@Nullable LocalDate endsOn() {
		return endsOn;
	}

	String timeZone() {
		return timeZone;
	}

	@Nullable Integer participants() {
		return participants;
	}

	boolean participantsAtLeast() {
		return participantsAtLeast;
	}

	@Nullable Integer memberStates() {
		return memberStates;
	}

	@Nullable String organisers() {
		return organisers;
	}

	@Nullable String hostingOrganisations() {
		return hostingOrganisations;
	}

	@Nullable String sponsors() {
		return sponsors;
	}

	@Nullable String summary() {
		return summary;
	}

	@Nullable Integer awardYear() {
		return awardYear;
	}

	String contentLanguage() {
		return contentLanguage;
	}

	long version() {
		return version;
	}

}
