package org.unesco.gnlc.city;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.unesco.gnlc.reference.UnescoRegion;

/**
 * Reads the directory's address parameters as typed by anyone: a value that cannot be
 * used is never an error page. It is left out, and a {@link Problem} says why, so the
 * page can tell the visitor (and the API can answer 400 with the same explanation).
 */
final class DirectoryRequest {

	private static final Pattern COUNTRY_CODE = Pattern.compile("[A-Za-z]{2}");

	private static final Pattern YEAR = Pattern.compile("\\d{4}");

	private static final Pattern CONTROL_CHARACTERS = Pattern.compile("\\p{Cntrl}");

	/**
	 * A parameter that was not used: its name, and a message key with arguments that
	 * explains it.
	 */
	record Problem(String parameter, String messageKey, List<Object> arguments) {

		static Problem of(String parameter, String messageKey, Object... arguments) {
			return new Problem(parameter, messageKey, List.of(arguments));
		}

	}

	record Parsed(DirectoryQuery query, List<Problem> problems) {
	}

	/**
	 * The directory's parameters as the address gives them, each as typed (bound the same
	 * way by the directory's page, its API and its CSV file).
	 */
	record Parameters(@Nullable String q, @Nullable String region, @Nullable String country, @Nullable String award,
			@Nullable String joined, @Nullable String sort, @Nullable String dir, @Nullable String page,
			@Nullable String size) {

		/** Read for one page of the directory, of the given size or the default one. */
		Parsed parse(boolean sized) {
			return DirectoryRequest.parse(q, region, country, award, joined, sort, dir, page, sized ? size : null);
		}

		/** Read for every matching city, without pages. */
		Parsed parseAll() {
			return DirectoryRequest.parse(q, region, country, award, joined, sort, dir, null, null);
		}

	}

	private DirectoryRequest() {
	}

	static Parsed parse(@Nullable String q, @Nullable String region, @Nullable String country, @Nullable String award,
			@Nullable String joined, @Nullable String sort, @Nullable String dir, @Nullable String page,
			@Nullable String size) {
		List<Problem> problems = new ArrayList<>();
		String search = search(q, problems);
		UnescoRegion unescoRegion = region(region, problems);
		String countryCode = countryCode(country, problems);
		Integer awardYear = year("award", award, 2015, problems);
		Integer joinedYear = year("joined", joined, 2013, problems);
		DirectorySort order = blank(sort) ? DirectorySort.NAME : DirectorySort.of(sort).orElseGet(() -> {
			problems.add(Problem.of("sort", "directory.problem.sort", abbreviate(sort)));
			return DirectorySort.NAME;
		});
		boolean descending = order.descendingByDefault();
		if (!blank(dir)) {
			switch (dir.strip().toLowerCase(Locale.ROOT)) {
				case "asc" -> descending = false;
				case "desc" -> descending = true;
				default -> problems.add(Problem.of("dir", "directory.problem.dir", abbreviate(dir)));
			}
		}
		int pageNumber = number("page", page, 1, Integer.MAX_VALUE / DirectoryQuery.MAX_PAGE_SIZE, 1, problems);
		int pageSize = number("size", size, 1, DirectoryQuery.MAX_PAGE_SIZE, DirectoryQuery.PAGE_SIZE, problems);
		return new Parsed(new DirectoryQuery(search, unescoRegion, countryCode, awardYear, joinedYear, order,
				descending, pageNumber, pageSize), problems);
	}

	private static String search(@Nullable String q, List<Problem> problems) {
		if (q == null) {
			return "";
		}
		String clean = CONTROL_CHARACTERS.matcher(q).replaceAll(" ").strip().replaceAll("\\s+", " ");
		if (clean.length() > DirectoryQuery.MAX_SEARCH_LENGTH) {
			problems.add(Problem.of("q", "directory.problem.searchTooLong", DirectoryQuery.MAX_SEARCH_LENGTH));
			clean = clean.substring(0, DirectoryQuery.MAX_SEARCH_LENGTH).strip();
		}
		return clean;
	}

	private static @Nullable UnescoRegion region(@Nullable String region, List<Problem> problems) {
		if (blank(region)) {
			return null;
		}
		String name = region.strip().toUpperCase(Locale.ROOT).replace('-', '_');
		for (UnescoRegion candidate : UnescoRegion.values()) {
			if (candidate.name().equals(name)) {
				return candidate;
			}
		}
		problems.add(Problem.of("region", "directory.problem.region", abbreviate(region)));
		return null;
	}

	private static @Nullable String countryCode(@Nullable String country, List<Problem> problems) {
		if (blank(country)) {
			return null;
		}
		if (!COUNTRY_CODE.matcher(country.strip()).matches()) {
			problems.add(Problem.of("country", "directory.problem.country", abbreviate(country)));
			return null;
		}
		return country.strip().toUpperCase(Locale.ROOT);
	}

	private static @Nullable Integer year(String parameter, @Nullable String value, int earliest,
			List<Problem> problems) {
		if (blank(value)) {
			return null;
		}
		Optional<Integer> year = Optional.of(value.strip())
			.filter(text -> YEAR.matcher(text).matches())
			.map(Integer::valueOf)
			.filter(number -> number >= earliest && number <= 2100);
		if (year.isEmpty()) {
			problems.add(Problem.of(parameter, "directory.problem." + parameter, abbreviate(value)));
		}
		return year.orElse(null);
	}

	private static int number(String parameter, @Nullable String value, int least, int most, int fallback,
			List<Problem> problems) {
		if (blank(value)) {
			return fallback;
		}
		try {
			int number = Integer.parseInt(value.strip());
			if (number >= least && number <= most) {
				return number;
			}
		}
		catch (NumberFormatException notANumber) {
			// explained below
		}
		problems.add(Problem.of(parameter, "directory.problem." + parameter, abbreviate(value), most));
		return fallback;
	}

	private static boolean blank(@Nullable String value) {
		return value == null || value.isBlank();
	}

	/** Echoes at most 40 characters of what was typed. */
	private static String abbreviate(String value) {
		String clean = CONTROL_CHARACTERS.matcher(value).replaceAll(" ").strip();
		return clean.length() > 40 ? clean.substring(0, 40) + "…" : clean;
	}

}
