package org.unesco.gnlc;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The checker behind {@code HtmlValidityTests} finds what issue #12 found on the portal's
 * pages, with the line of each error, and passes a valid page.
 */
class NuHtmlCheckerTests {

	@Test
	void theCheckerReportsEachErrorOfIssue12WithItsLine() throws Exception {
		String page = """
				<!DOCTYPE html>
				<html lang="en">
				<head><title>Directory</title></head>
				<body>
				<form hx-get="/cities"><label>Search <input name="q"></label></form>
				<meta name="htmx-config" content="{}">
				<p><time datetime="2026-12-02T16:52:28.123456Z">2 December</time></p>
				</body>
				</html>
				""";
		assertThat(NuHtmlChecker.get().errors(page)).hasSize(4)
			.anyMatch(error -> error.startsWith("line 5,") && error.contains("“hx-get” not allowed"))
			.anyMatch(error -> error.startsWith("line 6,") && error.contains("“name” not allowed on element “meta”"))
			.anyMatch(error -> error.startsWith("line 7,") && error.contains("A fraction of a second"));
	}

	@Test
	void aValidPageHasNoErrorsAndWarningsAreNotErrors() throws Exception {
		String page = """
				<!DOCTYPE html>
				<html lang="en">
				<head><meta charset="utf-8"><title>Directory</title></head>
				<body>
				<form data-hx-get="/cities"><label>Search <input name="q"></label></form>
				<p><time datetime="2026-12-02T16:52:28.123Z">2 December</time></p>
				<section><p>A section without a heading is a warning only.</p></section>
				</body>
				</html>
				""";
		assertThat(NuHtmlChecker.get().errors(page)).isEmpty();
	}

}
