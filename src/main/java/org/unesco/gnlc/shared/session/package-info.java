/**
 * HTTP sessions kept in PostgreSQL (Spring Session JDBC): safe under simultaneous
 * requests of one session, and blind to a session cookie that cannot name a session.
 */
@NullMarked
package org.unesco.gnlc.shared.session;

import org.jspecify.annotations.NullMarked;
