/**
 * Search across the portal at /search: PostgreSQL full-text search in the interface
 * language, ranked, with highlighted matches. Features contribute what they want found as
 * {@link SearchSource} beans (the city module its cities, the conference module its
 * conferences, sessions, people and documents).
 */
@NullMarked
package org.unesco.gnlc.search;

import org.jspecify.annotations.NullMarked;
