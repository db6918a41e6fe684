/**
 * Public pages at the speed of their stack: pages that visitors (nobody signed in) see
 * alike are rendered once per change of their data and then served from memory,
 * revalidated by ETag, and facts that pages share are computed once per change
 * ({@link PublicDataVersion#perVersion}).
 *
 * <p>
 * A feature declares its public routes as a {@link PublicPages} bean. The data's version
 * lives in PostgreSQL (table {@code public_data_version}), bumped by triggers at the
 * commit of any change to a table that feeds public pages (migration V80): no writer has
 * to call anything.
 */
@NullMarked
package org.unesco.gnlc.shared.publicpages;

import org.jspecify.annotations.NullMarked;
