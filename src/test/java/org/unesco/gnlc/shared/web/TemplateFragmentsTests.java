package org.unesco.gnlc.shared.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Markup written once, so that no page drifts from the others (issue #16): the pager
 * lives in {@code fragments/pagination.html} only, and the error under a field (with its
 * id, which aria-describedby and the error summary point to) in
 * {@code fragments/forms.html} only.
 */
class TemplateFragmentsTests {

	private static final Path TEMPLATES = Path.of("src", "main", "resources", "templates");

	private static final Pattern PAGER = Pattern.compile("class=\"pagination\\b|page-link|page-item");

	private static final Pattern FIELD_ERROR = Pattern.compile("invalid-feedback|th:errors|form\\.errorPrefix");

	@Test
	void noTemplateButThePaginationFragmentWritesAPager() {
		assertThat(writing(PAGER, TEMPLATES)).as("templates writing their own pager")
			.containsExactly(Path.of("fragments", "pagination.html"));
	}

	@Test
	void noTemplateOutsideTheFragmentsWritesTheErrorOfAFieldByHand() {
		assertThat(writing(FIELD_ERROR, TEMPLATES)).as("templates writing a field's error by hand")
			.filteredOn(template -> !template.startsWith("fragments"))
			.isEmpty();
	}

	@Test
	void aPageWritingItsOwnPagerIsFound(@TempDir Path templates) throws IOException {
		Files.createDirectories(templates.resolve("city"));
		Files.writeString(templates.resolve("city/list.html"), "<ul class=\"pagination flex-wrap\"></ul>");
		Files.writeString(templates.resolve("city/other.html"),
				"<nav th:replace=\"~{fragments/pagination :: pager}\">");

		assertThat(writing(PAGER, templates)).containsExactly(Path.of("city", "list.html"));
	}

	/** The templates under {@code root} (relative to it) whose text has the pattern. */
	static List<Path> writing(Pattern pattern, Path root) {
		try (Stream<Path> files = Files.walk(root)) {
			return files.filter(file -> file.toString().endsWith(".html"))
				.filter(file -> pattern.matcher(read(file)).find())
				.map(root::relativize)
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
