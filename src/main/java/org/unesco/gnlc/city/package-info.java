/**
 * Cities of the network: their identity, country and membership date, and (with the
 * directory) their public profiles. Other features refer to a city by its id.
 */
@NullMarked
package org.unesco.gnlc.city;

import org.jspecify.annotations.NullMarked;
