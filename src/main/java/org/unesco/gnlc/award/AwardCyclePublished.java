package org.unesco.gnlc.award;

/**
 * UIL published the recipients of a cycle; published after the change is committed, so
 * that every nominated city learns its result only now ({@link AwardMails}).
 */
public record AwardCyclePublished(long cycleId, int year) {
}
