package org.unesco.gnlc.shared.numbering;

import java.util.function.Supplier;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reference numbers of submitted records: a prefix, a year and a number of four digits or
 * more from the feature's PostgreSQL sequence (GNLC-2026-0042, LCA-2027-0001). A sequence
 * never gives a number back, even when the transaction that drew it rolls back, so a
 * number is drawn only once every check has passed: the aggregate takes the
 * {@link Supplier} of {@link #next} and calls it as the last step before the state
 * change, never before a refusal.
 */
@Component
@RequiredArgsConstructor
public class ReferenceNumbers {

	/**
	 * A series of reference numbers.
	 *
	 * @param prefix what every reference of the series starts with, e.g. {@code GNLC}
	 * @param sequence the feature's PostgreSQL sequence, e.g.
	 * {@code membership_reference_seq}
	 */
	public record Series(String prefix, String sequence) {
	}

	private final JdbcClient jdbc;

	/**
	 * The next reference of the series in this year, drawn only when the supplier is
	 * called.
	 */
	public Supplier<String> next(Series series, int year) {
		return () -> "%s-%d-%04d".formatted(series.prefix(), year,
				jdbc.sql("select nextval(cast(:sequence as regclass))")
					.param("sequence", series.sequence())
					.query(Long.class)
					.single());
	}

}
