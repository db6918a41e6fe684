/**
 * The task list of a form saved section by section: each section's progress and version.
 */
@NullMarked
package org.unesco.gnlc.shared.tasklist;

import org.jspecify.annotations.NullMarked;
