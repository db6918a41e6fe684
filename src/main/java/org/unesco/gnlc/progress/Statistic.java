package org.unesco.gnlc.progress;

import jakarta.persistence.Embeddable;

import org.jspecify.annotations.Nullable;

/** A figure the city reports, with the year it refers to and its source. */
@Embeddable
record Statistic(String label, String figure, @Nullable Integer year, @Nullable String source) {
}
