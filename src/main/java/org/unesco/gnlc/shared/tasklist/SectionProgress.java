package org.unesco.gnlc.shared.tasklist;

import java.time.Instant;

import jakarta.persistence.Embeddable;

import org.jspecify.annotations.Nullable;
import org.unesco.gnlc.shared.security.Actor;

/**
 * How far a section of a task list is (saved as complete or not), who saved it last and
 * when, and its version for concurrent editors. A feature keeps one per section in a
 * collection table with the columns {@code completed, updated_at, updated_by, version},
 * e.g. a {@code Map<String, SectionProgress>} mapped with {@code @ElementCollection}.
 */
@Embeddable
public record SectionProgress(boolean completed, Instant updatedAt, String updatedBy, long version) {

	/** The version an editor sees of a section: 0 before its first save. */
	public static long versionOf(@Nullable SectionProgress progress) {
		return progress == null ? 0 : progress.version();
	}

	public static boolean isCompleted(@Nullable SectionProgress progress) {
		return progress != null && progress.completed();
	}

	/**
	 * The section after one more save by the actor. The caller has compared the version
	 * the editor saw with {@link #versionOf} and refused a stale save before changing
	 * anything.
	 */
	public static SectionProgress saved(@Nullable SectionProgress previous, boolean complete, Actor by, Instant at) {
		return new SectionProgress(complete, at, by.name(), versionOf(previous) + 1);
	}

}
