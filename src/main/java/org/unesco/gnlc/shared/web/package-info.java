/**
 * The shared look of the portal: languages, the layout model and error pages; and the one
 * way a refused action is answered ({@link RefusedActionException}, back to a page of the
 * portal with the reason).
 */
@NullMarked
package org.unesco.gnlc.shared.web;

import org.jspecify.annotations.NullMarked;
