/**
 * E-mail to the people of the portal, in each recipient's language, through a transactional
 * outbox so that no notification is lost while the mail server is down.
 */
@NullMarked
package org.unesco.gnlc.notification;

import org.jspecify.annotations.NullMarked;
