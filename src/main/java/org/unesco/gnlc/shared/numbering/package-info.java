/** Reference numbers of submitted records, drawn only after every check has passed. */
@NullMarked
package org.unesco.gnlc.shared.numbering;

import org.jspecify.annotations.NullMarked;
