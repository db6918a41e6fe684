/**
 * The security vocabulary every feature uses: roles, the signed-in person and access
 * rules.
 */
@NullMarked
package org.unesco.gnlc.shared.security;

import org.jspecify.annotations.NullMarked;
