package org.unesco.gnlc.award;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The National Commission's order of preference among its country's submitted applications in
 * one cycle: every one of them gets a rank (1 = first choice), each rank once. Each entry carries
 * the version of the application the endorser saw.
 */
record RankingForm(@Nullable List<Entry> entries) {

	record Entry(@Nullable Long id, @Nullable Long version, @Nullable Integer rank) {
	}

	List<Entry> entriesOrEmpty() {
		return entries == null ? List.of() : entries;
	}

}
