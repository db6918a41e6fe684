package org.unesco.gnlc.city;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/**
 * The range of each figure of a city's profile and the earliest year a figure may refer
 * to: one rule for the profile's editing, the membership application's profile section
 * (whose figures the profile takes at admission) and the import of the network. The
 * bounds are text so that a form's {@code @DecimalMin}/{@code @DecimalMax} can name them.
 */
public final class FigureRanges {

	/** The earliest year a figure may refer to. */
	public static final int FIRST_YEAR = 1900;

	public static final String LEAST_POPULATION = "1";

	public static final String MOST_POPULATION = "100000000";

	public static final String LEAST_AREA_KM2 = "0.01";

	public static final String MOST_AREA_KM2 = "10000000";

	public static final String LEAST_GDP_PER_CAPITA_USD = "1";

	public static final String MOST_GDP_PER_CAPITA_USD = "1000000";

	public static final String LEAST_SCHOOLING_YEARS = "0";

	public static final String MOST_SCHOOLING_YEARS = "25";

	static final Range POPULATION = new Range(LEAST_POPULATION, MOST_POPULATION);

	static final Range AREA_KM2 = new Range(LEAST_AREA_KM2, MOST_AREA_KM2);

	static final Range GDP_PER_CAPITA_USD = new Range(LEAST_GDP_PER_CAPITA_USD, MOST_GDP_PER_CAPITA_USD);

	static final Range SCHOOLING_YEARS = new Range(LEAST_SCHOOLING_YEARS, MOST_SCHOOLING_YEARS);

	private FigureRanges() {
	}

	/** The least and the most a figure may be. */
	record Range(BigDecimal least, BigDecimal most) {

		Range(String least, String most) {
			this(new BigDecimal(least), new BigDecimal(most));
		}

		boolean contains(Number value) {
			BigDecimal number = new BigDecimal(value.toString());
			return number.compareTo(least) >= 0 && number.compareTo(most) <= 0;
		}

		/** The bounds as a message shows them: {0} and {1} of "between {0} and {1}". */
		String[] bounds() {
			return new String[] { least.toPlainString(), most.toPlainString() };
		}

	}

	/** A figure of the profile form: its fields, its range, its value and its year. */
	private record Figure(String field, String yearField, Range range, Function<ProfileValues, @Nullable Object> value,
			Function<ProfileValues, @Nullable Integer> year) {
	}

	private static final List<Figure> FIGURES = List.of(
			new Figure("population", "populationYear", POPULATION, ProfileValues::population,
					ProfileValues::populationYear),
			new Figure("areaKm2", "areaYear", AREA_KM2, ProfileValues::areaKm2, ProfileValues::areaYear),
			new Figure("gdpPerCapitaUsd", "gdpPerCapitaYear", GDP_PER_CAPITA_USD, ProfileValues::gdpPerCapitaUsd,
					ProfileValues::gdpPerCapitaYear),
			new Figure("countryGdpPerCapitaUsd", "countryGdpPerCapitaYear", GDP_PER_CAPITA_USD,
					ProfileValues::countryGdpPerCapitaUsd, ProfileValues::countryGdpPerCapitaYear),
			new Figure("schoolingYearsMen", "schoolingYearsMenYear", SCHOOLING_YEARS, ProfileValues::schoolingYearsMen,
					ProfileValues::schoolingYearsMenYear),
			new Figure("schoolingYearsWomen", "schoolingYearsWomenYear", SCHOOLING_YEARS,
					ProfileValues::schoolingYearsWomen, ProfileValues::schoolingYearsWomenYear));

	/**
	 * The checks of the profile form that its patterns cannot make: each figure within
	 * its range; a figure entered or changed with the year it refers to (figures of the
	 * 2015 report keep theirs unknown until someone updates them); a year only with its
	 * figure and never in the future; a date of joining that exists and has passed. A
	 * field already in error is not checked again.
	 */
	static void check(CityProfileForm form, ProfileValues current, LocalDate today, Errors errors) {
		ProfileValues entered = form.values();
		for (Figure figure : FIGURES) {
			if (errors.hasFieldErrors(figure.field()) || errors.hasFieldErrors(figure.yearField())) {
				continue;
			}
			Object value = figure.value().apply(entered);
			Integer year = figure.year().apply(entered);
			if (value != null && !figure.range().contains((Number) value)) {
				errors.rejectValue(figure.field(), "city.outOfRange", figure.range().bounds(), null);
				continue;
			}
			boolean changed = !Objects.equals(ProfileField.text(value),
					ProfileField.text(figure.value().apply(current)));
			if (value != null && year == null && changed) {
				errors.rejectValue(figure.yearField(), "city.yearNeeded");
			}
			else if (value == null && year != null) {
				errors.rejectValue(figure.field(), "city.figureNeeded");
			}
			else if (year != null && (year < FIRST_YEAR || year > today.getYear())) {
				errors.rejectValue(figure.yearField(), "city.yearRange",
						new Object[] { Integer.toString(FIRST_YEAR), Integer.toString(today.getYear()) }, null);
			}
		}
		if (!errors.hasFieldErrors("memberSince")) {
			if (form.memberSinceIsNoDate()) {
				errors.rejectValue("memberSince", "city.noDate");
			}
			else if (entered.memberSince() != null && entered.memberSince().isAfter(today)) {
				errors.rejectValue("memberSince", "city.futureDate");
			}
		}
	}

}
