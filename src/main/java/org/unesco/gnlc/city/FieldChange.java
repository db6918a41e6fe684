package org.unesco.gnlc.city;

import org.jspecify.annotations.Nullable;

/**
 * One field of a profile edit: its value before and after, as text (empty meaning none).
 */
record FieldChange(ProfileField field, @Nullable String oldValue, @Nullable String newValue) {
}
