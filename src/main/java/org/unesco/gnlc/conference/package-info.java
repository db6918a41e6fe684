/**
 * The record of the International Conferences on Learning Cities: agendas, sessions,
 * people in their roles, outcome documents and the award cycle presented at each
 * conference.
 */
@NullMarked
package org.unesco.gnlc.conference;

import org.jspecify.annotations.NullMarked;
