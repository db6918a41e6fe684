/**
 * The UNESCO Learning City Award: cycles and their criteria, eligibility, applications,
 * nominations by National Commissions within their quota, UIL review, shortlist and jury
 * vote.
 */
@NullMarked
package org.unesco.gnlc.award;

import org.jspecify.annotations.NullMarked;
