/**
 * The portal's front door: the home page that introduces the network and leads to each
 * part.
 */
@NullMarked
package org.unesco.gnlc.home;

import org.jspecify.annotations.NullMarked;
