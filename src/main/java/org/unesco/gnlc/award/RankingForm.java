package org.unesco.gnlc.award;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The National Commission's order of preference among its country's submitted
 * applications in one cycle: every one of them gets a rank (1 = first choice), each rank
 * once. Each entry carries the version of the application the endorser saw.
 */
record RankingForm(@Nullable List<Entry> entries) {

	/**
	 * The rank as typed: anything but a whole number is refused with a message, not a bad
	 * request.
	 */
	record Entry(@Nullable Long id, @Nullable Long version, @Nullable String rank) {

		@Nullable Integer rankNumber() {
			try {
				return rank == null ? null : Integer.valueOf(rank.strip());
			}
			catch (NumberFormatException notANumber) {
				return null;
			}
		}

	}

	List<Entry> entriesOrEmpty() {
		return entries == null ? List.of() : entries;
	}

}
