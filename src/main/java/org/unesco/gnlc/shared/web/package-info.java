/** The shared look of the portal: languages, the layout model and error pages. */
@NullMarked
package org.unesco.gnlc.shared.web;

import org.jspecify.annotations.NullMarked;
