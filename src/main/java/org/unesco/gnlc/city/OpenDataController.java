package org.unesco.gnlc.city;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.unesco.gnlc.shared.csv.CsvWriter;
import java.util.LinkedHashMap;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.springframework.web.bind.annotation.RequestMethod;

/**
 * The directory as open data: {@code /api/cities} (JSON, paginated) and
 * {@code /cities.csv} (every matching city), with the same filters as {@code /cities}.
 * Parameters that cannot be used answer 400 with an explanation in the reader's language,
 * never a guess.
 */
@RestController
@RequiredArgsConstructor
class OpenDataController {

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

	@GetMapping(value = "/api/cities", produces = MediaType.APPLICATION_JSON_VALUE)
	@CrossOrigin(origins = "*", methods = RequestMethod.GET)
	ResponseEntity<?> cities(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String region,
			@RequestParam(required = false) @Nullable String country,
			@RequestParam(required = false) @Nullable String award,
			@RequestParam(required = false) @Nullable String joined,
			@RequestParam(required = false) @Nullable String sort, @RequestParam(required = false) @Nullable String dir,
			@RequestParam(required = false) @Nullable String page,
			@RequestParam(required = false) @Nullable String size, Locale locale) {
		DirectoryRequest.Parsed request = DirectoryRequest.parse(q, region, country, award, joined, sort, dir, page,
				size);
		if (!request.problems().isEmpty()) {
			return ResponseEntity.badRequest()
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(problem(request.problems(), locale));
		}
		DirectoryPage result = directory.page(request.query(), locale);
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		DirectoryLinks links = new DirectoryLinks(result.query());
		List<City> items = result.entries().stream().map(entry -> city(entry, base)).toList();
		int last = result.totalPages();
		int current = result.query().page();
		return ResponseEntity.ok(new Cities(current, result.query().size(), result.total(), last, items,
				new Links(base + links.apiPage(current), base + links.apiPage(1), base + links.apiPage(last),
						current > 1 ? base + links.apiPage(Math.min(current - 1, last)) : null,
						current < last ? base + links.apiPage(current + 1) : null, base + links.csv())));
	}

	@GetMapping("/cities.csv")
	void csv(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String region,
			@RequestParam(required = false) @Nullable String country,
			@RequestParam(required = false) @Nullable String award,
			@RequestParam(required = false) @Nullable String joined,
			@RequestParam(required = false) @Nullable String sort, @RequestParam(required = false) @Nullable String dir,
			Locale locale, HttpServletResponse response) throws IOException {
		DirectoryRequest.Parsed request = DirectoryRequest.parse(q, region, country, award, joined, sort, dir, null,
				null);
		if (!request.problems().isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			response.setContentType("text/plain;charset=UTF-8");
			response.getWriter()
				.write(request.problems()
					.stream()
					.map(problem -> message(problem, locale))
					.collect(Collectors.joining("\n", "", "\n")));
			return;
		}
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"gnlc-member-cities.csv\"");
		CsvWriter csv = CsvWriter.startOn(response.getWriter());
		csv.row(CSV_COLUMNS.stream().map(column -> messages.getMessage("city.csv." + column, null, locale)).toList());
		directory.each(request.query(), locale,
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

	private ProblemDetail problem(List<DirectoryRequest.Problem> problems, Locale locale) {
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

	private String message(DirectoryRequest.Problem problem, Locale locale) {
		return messages.getMessage(problem.messageKey(), problem.arguments().toArray(), locale);
	}

}
