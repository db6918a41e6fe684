package org.unesco.gnlc;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The checker behind {@code HtmlValidityTests} finds what issue #12 found on the portal's
 * pages, with the line of each error, and passes a valid page.
 */
class NuHtmlCheckerTests {

	private static final String PAGE_OF_ISSUE_12 = """
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

	private static final String VALID_PAGE = """
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

	@Test
	void theCheckerReportsEachErrorOfIssue12WithItsLine() throws Exception {
		assertThat(NuHtmlChecker.get().errors(PAGE_OF_ISSUE_12)).hasSize(4)
			.anyMatch(error -> error.startsWith("line 5,") && error.contains("“hx-get” not allowed"))
			.anyMatch(error -> error.startsWith("line 6,") && error.contains("“name” not allowed on element “meta”"))
			.anyMatch(error -> error.startsWith("line 7,") && error.contains("A fraction of a second"));
	}

	@Test
	void aValidPageHasNoErrorsAndWarningsAreNotErrors() throws Exception {
		assertThat(NuHtmlChecker.get().errors(VALID_PAGE)).isEmpty();
	}

	@Test
	void theOneCheckerOfTheRunStartsAfreshWithEachPage() throws Exception {
		List<String> first = NuHtmlChecker.get().errors(PAGE_OF_ISSUE_12);
		assertThat(NuHtmlChecker.get().errors(VALID_PAGE)).isEmpty();
		assertThat(NuHtmlChecker.get().errors(PAGE_OF_ISSUE_12)).isNotEmpty().isEqualTo(first);
	}

}
