/**
 * Where the portal's start goes, on request: each step Spring records while the context
 * starts (a bean created, the environment prepared, the web server made), timed, and the
 * slowest ones logged once the portal is ready.
 */
@NullMarked
package org.unesco.gnlc.shared.startup;

import org.jspecify.annotations.NullMarked;
