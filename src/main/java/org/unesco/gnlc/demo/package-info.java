/**
 * Demo data for trying the portal: one account per role (password
 * {@code learning-cities}). Active only in the {@code demo} profile, the default of the
 * embedded database; never in {@code prod}.
 */
@NullMarked
package org.unesco.gnlc.demo;

import org.jspecify.annotations.NullMarked;
