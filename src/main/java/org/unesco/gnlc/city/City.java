package org.unesco.gnlc.city;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;
import org.unesco.gnlc.shared.persistence.BaseEntity;

/**
 * A local government that is, or wants to be, a member of the network, with its public
 * profile. Membership is a flag of its own: a member city may have no recorded date of
 * joining (see V20). The profile changes only through {@link #reviseProfile}, which
 * answers what changed.
 */
@Entity
class City extends BaseEntity {

	private String slug;

	private String name;

	@Column(columnDefinition = "bpchar(2)")
	private String countryCode;

	private boolean member;

	private @Nullable LocalDate memberSince;

	private @Nullable Long population;

	private @Nullable Integer populationYear;

	@Column(precision = 10, scale = 2)
	private @Nullable BigDecimal areaKm2;

	private @Nullable Integer areaYear;

	private @Nullable Integer gdpPerCapitaUsd;

	private @Nullable Integer gdpPerCapitaYear;

	private @Nullable Integer countryGdpPerCapitaUsd;

	private @Nullable Integer countryGdpPerCapitaYear;

	@Column(precision = 3, scale = 1)
	private @Nullable BigDecimal schoolingYearsMen;

	private @Nullable Integer schoolingYearsMenYear;

	@Column(precision = 3, scale = 1)
	private @Nullable BigDecimal schoolingYearsWomen;

	private @Nullable Integer schoolingYearsWomenYear;

	private @Nullable String website;

	private @Nullable String profileText;

	private @Nullable String figuresSource;

	private @Nullable String mayorName;

	private @Nullable String mayorTitle;

	private @Nullable LocalDate suspendedOn;

	private @Nullable String suspensionReason;

	@Version
	private long version;

	protected City() {
	}

	/** A city that is not (yet) a member: it becomes one when UIL admits it. */
	City(String slug, String name, String countryCode) {
		this.slug = slug;
		this.name = name;
		this.countryCode = countryCode;
	}

	String slug() {
		return slug;
	}

	String name() {
		return name;
	}

	String countryCode() {
		return countryCode;
	}

	boolean isMember() {
		return member;
	}

	@Nullable LocalDate memberSince() {
		return memberSince;
	}

	long version() {
		return version;
	}

	CityInfo info() {
		return new CityInfo(id(), slug, name, countryCode, memberSince, member);
	}

	/** Admits the city to the network from that date (a decision of UIL). */
	void admit(LocalDate since) {
		this.member = true;
		this.memberSince = since;
	}

	boolean isSuspended() {
		return suspendedOn != null;
	}

	@Nullable LocalDate suspendedOn() {
		return suspendedOn;
	}

	@Nullable String suspensionReason() {
		return suspensionReason;
	}

	/**
	 * Suspends the membership (UIL's decision on a missing progress report); answers what
	 * changed.
	 */
	FieldChange suspend(String reason, LocalDate on) {
		if (!member || suspendedOn != null) {
			throw new IllegalStateException("Only a member in good standing is suspended");
		}
		this.suspendedOn = on;
		this.suspensionReason = reason;
		return new FieldChange(ProfileField.MEMBERSHIP_STATUS, "member", "suspended: " + reason);
	}

	/** Lifts a suspension; answers what changed. */
	FieldChange reinstate(String comment) {
		if (suspendedOn == null) {
			throw new IllegalStateException("Only a suspended member is reinstated");
		}
		String before = "suspended: " + suspensionReason;
		this.suspendedOn = null;
		this.suspensionReason = null;
		return new FieldChange(ProfileField.MEMBERSHIP_STATUS, before, "member: " + comment);
	}

	ProfileValues profile() {
		return new ProfileValues(population, populationYear, areaKm2, areaYear, gdpPerCapitaUsd, gdpPerCapitaYear,
				countryGdpPerCapitaUsd, countryGdpPerCapitaYear, schoolingYearsMen, schoolingYearsMenYear,
				schoolingYearsWomen, schoolingYearsWomenYear, website, profileText, figuresSource, memberSince,
				mayorName, mayorTitle);
	}

	/**
	 * Replaces the public profile and answers each field that changed with its old and
	 * new value (empty if nothing did). Only a member city has a date of joining: for
	 * another city a date is refused rather than making it a member by the back door.
	 */
	List<FieldChange> reviseProfile(ProfileValues revised) {
		if (revised.memberSince() != null && !member) {
			throw new IllegalStateException("Only a member city has a date of joining");
		}
		List<FieldChange> changes = ProfileField.differences(profile(), revised);
		population = revised.population();
		populationYear = revised.populationYear();
		areaKm2 = revised.areaKm2();
		areaYear = revised.areaYear();
		gdpPerCapitaUsd = revised.gdpPerCapitaUsd();
		gdpPerCapitaYear = revised.gdpPerCapitaYear();
		countryGdpPerCapitaUsd = revised.countryGdpPerCapitaUsd();
		countryGdpPerCapitaYear = revised.countryGdpPerCapitaYear();
		schoolingYearsMen = revised.schoolingYearsMen();
		schoolingYearsMenYear = revised.schoolingYearsMenYear();
		schoolingYearsWomen = revised.schoolingYearsWomen();
		schoolingYearsWomenYear = revised.schoolingYearsWomenYear();
		website = revised.website();
		profileText = revised.profileText();
		figuresSource = revised.figuresSource();
		memberSince = revised.memberSince();
		mayorName = revised.mayorName();
		mayorTitle = revised.mayorTitle();
		return changes;
	}

	/**
	 * Takes onto the profile what an admitted city's application answered, field by
	 * field, where the application is not older than the profile: a figure of a later
	 * year than the application's stays, and so does any field edited since the
	 * application was submitted.
	 */
	List<FieldChange> carry(ApplicationProfile answers, Set<ProfileField> editedSinceSubmission) {
		ProfileValues now = profile();
		Set<ProfileField> edited = editedSinceSubmission;
		boolean population = takes(edited, ProfileField.POPULATION, now.population(), now.populationYear(),
				answers.population(), answers.populationYear());
		boolean area = takes(edited, ProfileField.AREA, now.areaKm2(), now.areaYear(), answers.areaKm2(),
				answers.areaYear());
		boolean gdp = takes(edited, ProfileField.GDP_PER_CAPITA, now.gdpPerCapitaUsd(), now.gdpPerCapitaYear(),
				answers.gdpPerCapitaUsd(), answers.gdpPerCapitaYear());
		boolean countryGdp = takes(edited, ProfileField.COUNTRY_GDP_PER_CAPITA, now.countryGdpPerCapitaUsd(),
				now.countryGdpPerCapitaYear(), answers.countryGdpPerCapitaUsd(), answers.countryGdpPerCapitaYear());
		boolean men = takes(edited, ProfileField.SCHOOLING_MEN, now.schoolingYearsMen(), now.schoolingYearsMenYear(),
				answers.schoolingYearsMen(), answers.schoolingYearsMenYear());
		boolean women = takes(edited, ProfileField.SCHOOLING_WOMEN, now.schoolingYearsWomen(),
				now.schoolingYearsWomenYear(), answers.schoolingYearsWomen(), answers.schoolingYearsWomenYear());
		boolean website = answers.website() != null && !edited.contains(ProfileField.WEBSITE);
		boolean mayor = answers.mayorName() != null && !edited.contains(ProfileField.MAYOR_NAME)
				&& !edited.contains(ProfileField.MAYOR_TITLE);
		return reviseProfile(new ProfileValues(population ? answers.population() : now.population(),
				population ? answers.populationYear() : now.populationYear(), area ? answers.areaKm2() : now.areaKm2(),
				area ? answers.areaYear() : now.areaYear(), gdp ? answers.gdpPerCapitaUsd() : now.gdpPerCapitaUsd(),
				gdp ? answers.gdpPerCapitaYear() : now.gdpPerCapitaYear(),
				countryGdp ? answers.countryGdpPerCapitaUsd() : now.countryGdpPerCapitaUsd(),
				countryGdp ? answers.countryGdpPerCapitaYear() : now.countryGdpPerCapitaYear(),
				men ? answers.schoolingYearsMen() : now.schoolingYearsMen(),
				men ? answers.schoolingYearsMenYear() : now.schoolingYearsMenYear(),
				women ? answers.schoolingYearsWomen() : now.schoolingYearsWomen(),
				women ? answers.schoolingYearsWomenYear() : now.schoolingYearsWomenYear(),
				website ? answers.website() : now.website(), now.profileText(), now.figuresSource(), now.memberSince(),
				mayor ? answers.mayorName() : now.mayorName(), mayor ? answers.mayorTitle() : now.mayorTitle()));
	}

	/**
	 * Whether the application's figure replaces the profile's: it has one, nobody edited
	 * the profile's since the submission, and the profile's is not of a later year (a
	 * figure without a year never replaces one with a year).
	 */
	private static boolean takes(Set<ProfileField> edited, ProfileField field, @Nullable Object current,
			@Nullable Integer currentYear, @Nullable Object answer, @Nullable Integer answerYear) {
		if (answer == null || edited.contains(field) || edited.contains(ProfileField.valueOf(field.name() + "_YEAR"))) {
			return false;
		}
		if (current == null || currentYear == null) {
			return true;
		}
		return answerYear != null && answerYear >= currentYear;
	}

}
