package org.unesco.gnlc.city;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.unesco.gnlc.shared.csv.CsvWriter;

/**
 * The directory written as open data: a page of {@code /api/cities} as the JSON document
 * the API promises (Spring MVC's Jackson writes it), every matching city as
 * {@code /cities.csv} (through the shared {@link CsvWriter}), and the parameters that
 * cannot be used, explained in the reader's language.
 */
@Component
@RequiredArgsConstructor
class OpenData {

	private static final List<String> CSV_COLUMNS = List.of("name", "country", "countryCode", "region", "population",
			"populationYear", "area", "areaYear", "gdpPerCapita", "gdpPerCapitaYear", "countryGdpPerCapita",
			"countryGdpPerCapitaYear", "schoolingMen", "schoolingMenYear", "schoolingWomen", "schoolingWomenYear",
			"website", "memberSince", "awards", "profile");

	private final Directory directory;

	private final MessageSource messages;

	/** A figure and the year it refers to (null when unknown). */
	record Figure(Number value, @Nullable Integer year) {

		static @Nullable Figure of(@Nullable Number value, @Nullable Integer year) {
			if (value instanceof BigDecimal decimal) {
				return new Figure(JsonLd.plain(decimal), year);
			}
			return value == null ? null : new Figure(value, year);
		}

	}

	record Country(String code, String name) {
	}

	record Award(int year, String url) {
	}

	record City(String slug, String name, String url, Country country, String region, @Nullable Figure population,
			@Nullable Figure areaKm2, @Nullable Figure gdpPerCapitaUsd, @Nullable Figure countryGdpPerCapitaUsd,
			@Nullable Figure schoolingYearsMen, @Nullable Figure schoolingYearsWomen, @Nullable String website,
			@Nullable LocalDate memberSince, List<Award> awards) {
	}

	record Links(String self, String first, String last, @Nullable String previous, @Nullable String next, String csv) {
	}

	record Cities(int page, int size, long totalElements, int totalPages, List<City> items, Links links) {
	}

	/**
	 * One page of the directory, its addresses starting with the portal's base address.
	 */
	Cities page(DirectoryQuery query, Locale locale, String base) {
		DirectoryPage result = directory.page(query, locale);
		DirectoryLinks links = new DirectoryLinks(result.query());
		List<City> items = result.entries().stream().map(entry -> city(entry, base)).toList();
		int last = result.totalPages();
		int current = result.query().page();
		return new Cities(current, result.query().size(), result.total(), last, items,
				new Links(base + links.apiPage(current), base + links.apiPage(1), base + links.apiPage(last),
						current > 1 ? base + links.apiPage(Math.min(current - 1, last)) : null,
						current < last ? base + links.apiPage(current + 1) : null, base + links.csv()));
	}

	/** Every matching city, one row each, under a header in the reader's language. */
	void csv(DirectoryQuery query, Locale locale, String base, Writer out) throws IOException {
		CsvWriter csv = CsvWriter.startOn(out);
		csv.row(CSV_COLUMNS.stream().map(column -> messages.getMessage("city.csv." + column, null, locale)).toList());
		directory.each(query, locale,
				entry -> csv.row(entry.name(), entry.countryName(), entry.countryCode(),
						messages.getMessage(entry.region().messageKey(), null, locale), entry.population(),
						entry.populationYear(), entry.areaKm2(), entry.areaYear(), entry.gdpPerCapitaUsd(),
						entry.gdpPerCapitaYear(), entry.countryGdpPerCapitaUsd(), entry.countryGdpPerCapitaYear(),
						entry.schoolingYearsMen(), entry.schoolingYearsMenYear(), entry.schoolingYearsWomen(),
						entry.schoolingYearsWomenYear(), entry.website(), entry.memberSince(),
						entry.awardYears().stream().map(String::valueOf).collect(Collectors.joining(" ")),
						base + entry.profilePath()));
		csv.flush();
	}

	/** The API's answer to parameters it cannot use (RFC 9457), one error each. */
	ProblemDetail problem(List<DirectoryRequest.Problem> problems, Locale locale) {
		ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				problems.stream().map(problem -> message(problem, locale)).collect(Collectors.joining(" ")));
		detail.setTitle(messages.getMessage("city.api.badRequest", null, locale));
		detail.setProperty("errors",
				problems.stream()
					.map(problem -> new LinkedHashMap<String, String>(
							Map.of("parameter", problem.parameter(), "message", message(problem, locale))))
					.toList());
		return detail;
	}

	/** The CSV file's answer to parameters it cannot use: one line of text each. */
	String problemLines(List<DirectoryRequest.Problem> problems, Locale locale) {
		return problems.stream().map(problem -> message(problem, locale)).collect(Collectors.joining("\n", "", "\n"));
	}

	private static City city(DirectoryEntry entry, String base) {
		return new City(entry.slug(), entry.name(), base + entry.profilePath(),
				new Country(entry.countryCode(), entry.countryName()), entry.region().name(),
				Figure.of(entry.population(), entry.populationYear()), Figure.of(entry.areaKm2(), entry.areaYear()),
				Figure.of(entry.gdpPerCapitaUsd(), entry.gdpPerCapitaYear()),
				Figure.of(entry.countryGdpPerCapitaUsd(), entry.countryGdpPerCapitaYear()),
				Figure.of(entry.schoolingYearsMen(), entry.schoolingYearsMenYear()),
				Figure.of(entry.schoolingYearsWomen(), entry.schoolingYearsWomenYear()), entry.website(),
				entry.memberSince(),
				entry.awardYears().stream().map(year -> new Award(year, base + "/awards/" + year)).toList());
	}

	private String message(DirectoryRequest.Problem problem, Locale locale) {
		return messages.getMessage(problem.messageKey(), problem.arguments().toArray(), locale);
	}

}
