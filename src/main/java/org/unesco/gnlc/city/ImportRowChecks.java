package org.unesco.gnlc.city;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import org.jspecify.annotations.Nullable;
import org.unesco.gnlc.shared.web.Language;

/**
 * The checks of one row on its own (the checks against the other rows and the portal's
 * records are the planner's): each value is read, and each problem becomes a reason a
 * person understands, with the column it is in.
 */
final class ImportRowChecks {

	private static final BigDecimal LARGEST_AREA = new BigDecimal("99999999.99");

	/** A problem of a row: the column, a message key and its arguments. */
	record RowError(String column, String messageKey, List<String> arguments) {

		static RowError of(String column, String messageKey, String... arguments) {
			return new RowError(column, messageKey, List.of(arguments));
		}

		/** The column first, so that the message says where. */
		public Object[] messageArguments() {
			List<Object> all = new ArrayList<>();
			all.add(column);
			all.addAll(arguments);
			return all.toArray();
		}

	}

	/** The person a row names, to be invited. */
	record Person(String name, String email, Language language) {
	}

	/**
	 * A row of member cities, read. Blank optional values are null: an import never
	 * erases.
	 */
	record CityRow(int line, String name, String countryCode, @Nullable String slug, @Nullable LocalDate memberSince,
			boolean yearOnly, @Nullable Long population, @Nullable Integer populationYear, @Nullable BigDecimal areaKm2,
			@Nullable String website, @Nullable Person official) {
	}

	/** A row of National Commission contacts, read. */
	record ContactRow(int line, String countryCode, Person contact) {
	}

	/** What a row became: read (then no errors), or its errors. */
	record Checked<T>(int line, @Nullable T row, List<RowError> errors) {
	}

	private ImportRowChecks() {
	}

	static Checked<CityRow> city(ImportTable.Line line, Set<String> countries, LocalDate today) {
		Reading reading = new Reading(line, today);
		String name = reading.required("city");
		if (name != null && name.length() > 160) {
			reading.error("city", "city.import.error.tooLong", "160");
		}
		String country = reading.country("country_code", countries);
		String slug = reading.optional("slug");
		String since = reading.required("member_since");
		LocalDate memberSince = since == null ? null : reading.yearOrDate("member_since", since);
		Long population = reading.withinRange("population", reading.wholeNumber("population"), FigureRanges.POPULATION);
		Integer populationYear = reading.year("population_year");
		BigDecimal area = reading.withinRange("area_km2", reading.area("area_km2"), FigureRanges.AREA_KM2);
		String website = reading.website("website");
		Person official = null;
		if (reading.anyOf("official_name", "official_email", "official_language")) {
			String officialName = reading.required("official_name");
			String email = reading.email("official_email");
			Language language = reading.language("official_language");
			if (officialName != null && email != null && language != null) {
				official = new Person(officialName, email, language);
			}
		}
		if (!reading.errors.isEmpty()) {
			return new Checked<>(line.number(), null, reading.errors);
		}
		return new Checked<>(line.number(),
				new CityRow(line.number(), name.replaceAll("\\s+", " "), country,
						slug == null ? null : slug.toLowerCase(Locale.ROOT), memberSince, since.length() == 4,
						population, populationYear, area, website, official),
				List.of());
	}

	static Checked<ContactRow> contact(ImportTable.Line line, Set<String> countries) {
		Reading reading = new Reading(line, LocalDate.MAX);
		String country = reading.country("country_code", countries);
		String name = reading.required("name");
		String email = reading.email("email");
		Language language = reading.language("language");
		if (!reading.errors.isEmpty()) {
			return new Checked<>(line.number(), null, reading.errors);
		}
		return new Checked<>(line.number(), new ContactRow(line.number(), country, new Person(name, email, language)),
				List.of());
	}

	/**
	 * Reads the values of one line, collecting its problems in the order of the columns
	 * read.
	 */
	private static final class Reading {

		private final ImportTable.Line line;

		private final LocalDate today;

		private final List<RowError> errors = new ArrayList<>();

		Reading(ImportTable.Line line, LocalDate today) {
			this.line = line;
			this.today = today;
		}

		void error(String column, String key, String... arguments) {
			errors.add(RowError.of(column, key, arguments));
		}

		boolean anyOf(String... columns) {
			for (String column : columns) {
				if (!line.value(column).isEmpty()) {
					return true;
				}
			}
			return false;
		}

		@Nullable String optional(String column) {
			String value = line.value(column);
			return value.isEmpty() ? null : value;
		}

		@Nullable String required(String column) {
			String value = optional(column);
			if (value == null) {
				error(column, "city.import.error.required");
			}
			return value;
		}

		@Nullable String country(String column, Set<String> countries) {
			String code = required(column);
			if (code == null) {
				return null;
			}
			String upper = code.toUpperCase(Locale.ROOT);
			if (!countries.contains(upper)) {
				error(column, "city.import.error.unknownCountry", code);
				return null;
			}
			return upper;
		}

		@Nullable LocalDate yearOrDate(String column, String value) {
			LocalDate date;
			try {
				date = value.matches("\\d{4}") ? LocalDate.of(Integer.parseInt(value), 1, 1) : LocalDate.parse(value);
			}
			catch (DateTimeParseException notADate) {
				error(column, "city.import.error.notAYearOrDate", value);
				return null;
			}
			return inRange(column, value, date.getYear()) ? date : null;
		}

		@Nullable Integer year(String column) {
			String value = optional(column);
			if (value == null) {
				return null;
			}
			if (!value.matches("\\d{4}")) {
				error(column, "city.import.error.notAYear", value);
				return null;
			}
			int year = Integer.parseInt(value);
			return inRange(column, value, year) ? year : null;
		}

		private boolean inRange(String column, String value, int year) {
			if (year > today.getYear() || (value.length() > 4 && LocalDate.parse(value).isAfter(today))) {
				error(column, "city.import.error.future", value);
				return false;
			}
			if (year < FigureRanges.FIRST_YEAR) {
				error(column, "city.import.error.tooEarly", value, String.valueOf(FigureRanges.FIRST_YEAR));
				return false;
			}
			return true;
		}

		@Nullable Long wholeNumber(String column) {
			String value = optional(column);
			if (value == null) {
				return null;
			}
			// Digits, or groups of three apart as people write them: 74 000, 1,234,567,
			// 1.234.567.
			if (!value.matches("\\d{1,12}|\\d{1,3}([\\s\u00A0\u202F,.']\\d{3}){1,3}")) {
				error(column, "city.import.error.notANumber", value);
				return null;
			}
			long number = Long.parseLong(value.replaceAll("\\D", ""));
			if (number == 0) {
				error(column, "city.import.error.notPositive", value);
				return null;
			}
			return number;
		}

		@Nullable BigDecimal area(String column) {
			String value = optional(column);
			if (value == null) {
				return null;
			}
			String plain = value.replaceAll("[\\s\u00A0\u202F]", "");
			if (plain.indexOf('.') < 0) {
				plain = plain.replace(',', '.');
			}
			BigDecimal area;
			try {
				area = new BigDecimal(plain.replace(",", ""));
			}
			catch (NumberFormatException notANumber) {
				error(column, "city.import.error.notANumber", value);
				return null;
			}
			if (area.signum() <= 0) {
				error(column, "city.import.error.notPositive", value);
				return null;
			}
			if (area.compareTo(LARGEST_AREA) > 0 || area.scale() > 2) {
				error(column, "city.import.error.areaPrecision", value);
				return null;
			}
			return area;
		}

		/** A figure read, within the range of its kind (as the profile's form has it). */
		<N extends Number> @Nullable N withinRange(String column, @Nullable N value, FigureRanges.Range range) {
			if (value == null || range.contains(value)) {
				return value;
			}
			String[] bounds = range.bounds();
			error(column, "city.import.error.outOfRange", line.value(column), bounds[0], bounds[1]);
			return null;
		}

		@Nullable String website(String column) {
			String value = optional(column);
			if (value == null) {
				return null;
			}
			try {
				URI uri = new URI(value);
				String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
				if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
						&& value.length() <= 500) {
					return value;
				}
			}
			catch (URISyntaxException notAnAddress) {
				// reported below
			}
			error(column, "city.import.error.website", value);
			return null;
		}

		@Nullable String email(String column) {
			String value = required(column);
			if (value == null) {
				return null;
			}
			try {
				InternetAddress address = new InternetAddress(value, true);
				address.validate();
				String domain = value.substring(value.indexOf('@') + 1);
				if (address.getPersonal() == null && address.getAddress().equals(value) && domain.contains(".")
						&& value.length() <= 254) {
					return value.toLowerCase(Locale.ROOT);
				}
			}
			catch (AddressException notAnAddress) {
				// reported below
			}
			error(column, "city.import.error.email", value);
			return null;
		}

		@Nullable Language language(String column) {
			String value = optional(column);
			if (value == null) {
				return Language.ENGLISH;
			}
			return Language.of(value.toLowerCase(Locale.ROOT)).orElseGet(() -> {
				error(column, "city.import.error.language", value);
				return null;
			});
		}

	}

}
