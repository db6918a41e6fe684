package org.unesco.gnlc.shared.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a field's control names in aria-describedby: the hint and error that
 * {@code fragments/forms} writes above it, in the order a screen reader should read them.
 */
class ErrorSummaryTests {

	private final ErrorSummary summary = new ErrorSummary();

	@Test
	void aControlIsDescribedByItsHintThenItsErrorThenItsWordCount() {
		assertThat(summary.describedBy("contacts[0]-email", true, true))
			.isEqualTo("contacts[0]-email-hint contacts[0]-email-error");
		assertThat(summary.describedBy("summary", true, true, "summary-count"))
			.isEqualTo("summary-hint summary-error summary-count");
		assertThat(summary.describedBy("summary", false, false, "summary-count")).isEqualTo("summary-count");
	}

	@Test
	void aControlWithNeitherHintNorErrorIsDescribedByNothing() {
		assertThat(summary.describedBy("title", false, false)).isNull();
	}

}
