package org.unesco.gnlc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Classes are imported, never written out with their package in the code: a name written
 * in full hides a dependency from the import list, where a reader (and the module check's
 * reader) looks for it. Strings, text blocks (JPQL needs full names of enum constants)
 * and comments do not count, nor a name that a class of the file itself takes (the
 * embedded server's class wraps the library's of the same name).
 */
class InlineClassNamesTests {

	private static final Pattern QUALIFIED = Pattern
		.compile("(?<![\\w.@])(?:java|javax|jakarta|org|com|net|io)\\.(?:[a-z_]\\w*\\.)+([A-Z]\\w*)");

	private static final Pattern DECLARED = Pattern.compile("\\b(?:class|interface|record|enum)\\s+([A-Z]\\w*)");

	@Test
	void noClassIsWrittenWithItsPackageInTheCode() {
		List<String> found = new ArrayList<>();
		for (Path root : List.of(Path.of("src/main/java"), Path.of("src/test/java"))) {
			found.addAll(inlineNames(root));
		}
		assertThat(found).as("fully qualified names written inline (file:line: name)").isEmpty();
	}

	@Test
	void aNameInCodeIsFoundButNotInAStringATextBlockOrAComment(@TempDir Path root) throws IOException {
		String textBlock = "\"\"\"";
		Files.write(root.resolve("Example.java"),
				List.of("package org.example;", "", "import java.util.List;", "", "/** See {@link java.util.Map}. */",
						"class Example {", "	// java.util.Set in a comment",
						"	String text = \"java.util.Optional in a string\";", "	String query = " + textBlock,
						"			where a.role = org.example.Role.ADMIN", "			" + textBlock + ";",
						"	java.util.Locale locale;", "}"));

		assertThat(inlineNames(root)).singleElement().asString().endsWith("Example.java:12: java.util.Locale");
	}

	static List<String> inlineNames(Path root) {
		try (Stream<Path> files = Files.walk(root)) {
			List<String> found = new ArrayList<>();
			files.filter(file -> file.toString().endsWith(".java")).sorted().forEach(file -> scan(file, found));
			return found;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void scan(Path file, List<String> found) {
		List<String> lines;
		try {
			lines = Files.readAllLines(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Set<String> declared = new HashSet<>();
		lines.forEach(line -> DECLARED.matcher(line).results().forEach(match -> declared.add(match.group(1))));
		boolean inTextBlock = false;
		boolean inComment = false;
		for (int number = 1; number <= lines.size(); number++) {
			String line = lines.get(number - 1);
			String trimmed = line.strip();
			if (countOf(line, "\"\"\"") % 2 == 1) {
				inTextBlock = !inTextBlock;
				continue;
			}
			if (inTextBlock || line.contains("\"\"\"") || trimmed.startsWith("import ")
					|| trimmed.startsWith("package ")) {
				continue;
			}
			if (inComment) {
				inComment = !trimmed.contains("*/");
				continue;
			}
			if (trimmed.startsWith("/*") || trimmed.startsWith("*")) {
				inComment = trimmed.startsWith("/*") && !trimmed.contains("*/");
				continue;
			}
			var matcher = QUALIFIED.matcher(codeOf(line));
			while (matcher.find()) {
				if (declared.contains(matcher.group(1))) {
					continue;
				}
				found.add(file + ":" + number + ": " + matcher.group());
			}
		}
	}

	/** The line without its string and character literals and its end-of-line comment. */
	private static String codeOf(String line) {
		StringBuilder code = new StringBuilder();
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (c == '"' || c == '\'') {
				int j = i + 1;
				while (j < line.length() && line.charAt(j) != c) {
					j += line.charAt(j) == '\\' ? 2 : 1;
				}
				i = j;
				code.append(' ');
				continue;
			}
			if (line.startsWith("//", i)) {
				break;
			}
			code.append(c);
		}
		return code.toString();
	}

	private static int countOf(String line, String part) {
		int count = 0;
		for (int at = line.indexOf(part); at >= 0; at = line.indexOf(part, at + part.length())) {
			count++;
		}
		return count;
	}

}
