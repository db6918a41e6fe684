package org.unesco.gnlc.conference;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The fields an edit changed, each with its value before and after, for the history. An
 * entity's update method passes every field through {@link #set} and keeps the value it
 * returns.
 */
final class FieldChanges {

	/** One changed field; values as text, enums by name, dates in ISO form. */
	record FieldChange(String field, @Nullable String before, @Nullable String after) {
	}

	private final List<FieldChange> changes = new ArrayList<>();

	<T> @Nullable T set(String field, @Nullable T before, @Nullable T after) {
		if (!Objects.equals(before, after)) {
			changes.add(new FieldChange(field, text(before), text(after)));
		}
		return after;
	}

	/** A field whose new value is recorded without comparing (e.g. on creation). */
	void created(String field, @Nullable Object value) {
		if (value != null && !(value instanceof String text && text.isEmpty())) {
			changes.add(new FieldChange(field, null, text(value)));
		}
	}

	/** The same changes as the values of something new: nothing before. */
	FieldChanges asCreated() {
		FieldChanges created = new FieldChanges();
		changes.stream()
			.filter(change -> change.after() != null)
			.forEach(change -> created.changes.add(new FieldChange(change.field(), null, change.after())));
		return created;
	}

	boolean isEmpty() {
		return changes.isEmpty();
	}

	List<FieldChange> list() {
		return List.copyOf(changes);
	}

	private static @Nullable String text(@Nullable Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof Enum<?> constant) {
			return constant.name();
		}
		if (value instanceof LocalDate || value instanceof LocalTime) {
			return value.toString();
		}
		return value.toString();
	}

}
