/**
 * Membership of the network: UIL's calls, a city's application as a task list, the
 * mayor-signed form, endorsement by the National Commission and UIL's decision.
 */
@NullMarked
package org.unesco.gnlc.membership;

import org.jspecify.annotations.NullMarked;
