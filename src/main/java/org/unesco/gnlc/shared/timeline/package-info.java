/**
 * The timeline every record with states keeps: who moved it, when, from where to where,
 * and why; and the record's own id, state and version, whose state changes only by a step
 * recorded on that timeline.
 */
@NullMarked
package org.unesco.gnlc.shared.timeline;

import org.jspecify.annotations.NullMarked;
