package org.unesco.gnlc.city;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * The fields of a public profile as the change history names them. Each has a message key
 * ({@code city.field.population}) and renders its value as plain text for the history.
 */
enum ProfileField {

	POPULATION(ProfileValues::population), POPULATION_YEAR(ProfileValues::populationYear), AREA(ProfileValues::areaKm2),
	AREA_YEAR(ProfileValues::areaYear), GDP_PER_CAPITA(ProfileValues::gdpPerCapitaUsd),
	GDP_PER_CAPITA_YEAR(ProfileValues::gdpPerCapitaYear), COUNTRY_GDP_PER_CAPITA(ProfileValues::countryGdpPerCapitaUsd),
	COUNTRY_GDP_PER_CAPITA_YEAR(ProfileValues::countryGdpPerCapitaYear),
	SCHOOLING_MEN(ProfileValues::schoolingYearsMen), SCHOOLING_MEN_YEAR(ProfileValues::schoolingYearsMenYear),
	SCHOOLING_WOMEN(ProfileValues::schoolingYearsWomen), SCHOOLING_WOMEN_YEAR(ProfileValues::schoolingYearsWomenYear),
	WEBSITE(ProfileValues::website), PROFILE_TEXT(ProfileValues::profileText),
	FIGURES_SOURCE(ProfileValues::figuresSource), MEMBER_SINCE(ProfileValues::memberSince),
	MAYOR_NAME(ProfileValues::mayorName), MAYOR_TITLE(ProfileValues::mayorTitle),
	/**
	 * Suspension and reinstatement of a member: never part of a profile edit, recorded on
	 * its own.
	 */
	MEMBERSHIP_STATUS(values -> null);

	private final Function<ProfileValues, @Nullable Object> value;

	ProfileField(Function<ProfileValues, @Nullable Object> value) {
		this.value = value;
	}

	public String messageKey() {
		return "city.field." + name();
	}

	/**
	 * A figure shown as a number (grouped as the reader's language writes it), not a year
	 * or a text.
	 */
	public boolean isFigure() {
		return switch (this) {
			case POPULATION, AREA, GDP_PER_CAPITA, COUNTRY_GDP_PER_CAPITA, SCHOOLING_MEN, SCHOOLING_WOMEN -> true;
			default -> false;
		};
	}

	/**
	 * Field by field, what differs between two versions of a profile, in the order of the
	 * form.
	 */
	static List<FieldChange> differences(ProfileValues before, ProfileValues after) {
		List<FieldChange> changes = new ArrayList<>();
		for (ProfileField field : values()) {
			String old = text(field.value.apply(before));
			String revised = text(field.value.apply(after));
			if (!Objects.equals(old, revised)) {
				changes.add(new FieldChange(field, old, revised));
			}
		}
		return changes;
	}

	/** 527 and 527.00 are the same area: numbers compare by value. */
	static @Nullable String text(@Nullable Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof BigDecimal decimal) {
			return decimal.stripTrailingZeros().toPlainString();
		}
		return value.toString();
	}

}
