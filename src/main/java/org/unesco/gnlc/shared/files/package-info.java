/** Uploaded files: checked by content (not by name or the browser's word), size-limited, named safely. */
@NullMarked
package org.unesco.gnlc.shared.files;

import org.jspecify.annotations.NullMarked;
