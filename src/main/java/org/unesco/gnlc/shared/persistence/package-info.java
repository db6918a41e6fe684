/**
 * What the features' entities share in their mapping: the id the database generates.
 */
@NullMarked
package org.unesco.gnlc.shared.persistence;

import org.jspecify.annotations.NullMarked;
