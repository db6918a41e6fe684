package org.unesco.gnlc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Modules read only their own tables: the module check sees Java dependencies but not
 * SQL, so this test reads the SQL written in the sources (every string literal and text
 * block) and fails when a class outside the {@code city} module names one of its tables
 * ({@code city}, {@code city_profile_change}, …) after FROM, JOIN, INTO, UPDATE, TABLE or
 * REFERENCES. Others ask the city module's public service
 * ({@code org.unesco.gnlc.city.Cities}) instead.
 */
class CityTablesTests {

	private static final Path SOURCES = Path.of("src/main/java/org/unesco/gnlc");

	private static final Path CITY_MODULE = SOURCES.resolve("city");

	/** A string literal or a text block of Java source. */
	private static final Pattern LITERAL = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:\\\\.|[^\"\\\\\\n])*)\"",
			Pattern.DOTALL);

	private static final Pattern CITY_TABLE = Pattern
		.compile("\\b(from|join|into|update|table|references)\\s+(city|city_[a-z0-9_]+)\\b", Pattern.CASE_INSENSITIVE);

	@Test
	void noClassOutsideTheCityModuleNamesTheCityTablesInItsSql() {
		List<String> offenders = sources().filter(source -> !source.startsWith(CITY_MODULE))
			.flatMap(source -> cityTablesNamedIn(source).stream()
				.map(found -> SOURCES.relativize(source) + ": " + found))
			.toList();
		assertThat(offenders).as("SQL outside the city module naming its tables").isEmpty();
	}

	@Test
	void theScanFindsTheCityModulesOwnSql() {
		assertThat(cityTablesNamedIn(CITY_MODULE.resolve("CitySearchSource.java"))).contains("from city");
		assertThat(cityTablesNamedIn(CITY_MODULE.resolve("ProfileHistory.java")))
			.anyMatch(found -> found.toLowerCase().contains("city_profile_change"));
	}

	private static Stream<Path> sources() {
		try {
			return Files.walk(SOURCES).filter(path -> path.toString().endsWith(".java")).toList().stream();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<String> cityTablesNamedIn(Path source) {
		String code;
		try {
			code = Files.readString(source);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Matcher literal = LITERAL.matcher(code);
		Stream.Builder<String> found = Stream.builder();
		while (literal.find()) {
			String text = literal.group(1) != null ? literal.group(1) : literal.group(2);
			Matcher table = CITY_TABLE.matcher(text);
			while (table.find()) {
				found.add(table.group().replaceAll("\\s+", " "));
			}
		}
		return found.build().toList();
	}

}
