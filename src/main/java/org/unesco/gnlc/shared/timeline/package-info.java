/**
 * The timeline every record with states keeps: who moved it, when, from where to where,
 * and why.
 */
@NullMarked
package org.unesco.gnlc.shared.timeline;

import org.jspecify.annotations.NullMarked;
