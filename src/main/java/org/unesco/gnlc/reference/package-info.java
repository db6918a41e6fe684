/**
 * Reference data: countries with their UNESCO region, the National Commissions for UNESCO
 * and the Key Features of Learning Cities. Loaded by Flyway; UIL_ADMIN corrects it.
 */
@NullMarked
package org.unesco.gnlc.reference;

import org.jspecify.annotations.NullMarked;
