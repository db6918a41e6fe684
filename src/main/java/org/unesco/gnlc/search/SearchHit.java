package org.unesco.gnlc.search;

import org.jspecify.annotations.Nullable;

/**
 * One result: what kind of record it is (a message key), its title and an excerpt in
 * which PostgreSQL's {@code ts_headline} marked the matches with {@link Highlights#START}
 * and {@link Highlights#STOP}, where to read it, and its rank (0 to 1, {@code ts_rank}
 * normalised with option 32, so that ranks of different sources compare).
 */
public record SearchHit(String kindKey, String title, String excerpt, @Nullable String context, String address,
		double rank) {
}
