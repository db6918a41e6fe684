package org.unesco.gnlc.award;

import java.time.Instant;

import jakarta.persistence.Embeddable;

/** How far a section of the task list is, who saved it last, and its version for concurrent editors. */
@Embeddable
record SectionProgress(boolean completed, Instant updatedAt, String updatedBy, long version) {
}
