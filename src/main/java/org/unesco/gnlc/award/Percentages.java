package org.unesco.gnlc.award;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.jspecify.annotations.Nullable;

/**
 * The one rounding of the review's percentages (weighted means and spreads): to one
 * decimal, halves away from zero, once, where they are read. Every page, PDF and CSV then
 * prints the same rounded number (71.25 is 71.3 everywhere), only with the reader's
 * decimal separator.
 */
final class Percentages {

	static final int DECIMALS = 1;

	private Percentages() {
	}

	static @Nullable BigDecimal rounded(@Nullable BigDecimal percent) {
		return percent == null ? null : percent.setScale(DECIMALS, RoundingMode.HALF_UP);
	}

	static @Nullable BigDecimal rounded(@Nullable Double percent) {
		return percent == null ? null : rounded(BigDecimal.valueOf(percent));
	}

	/**
	 * The rounded percentage as a CSV cell: digits and a point, whatever the reader's
	 * language.
	 */
	static String cell(@Nullable BigDecimal rounded) {
		return rounded == null ? "" : rounded.toPlainString();
	}

}
