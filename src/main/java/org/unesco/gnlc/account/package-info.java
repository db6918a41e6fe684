/**
 * Accounts and signing in: the people who use the portal, their role and scope, passwords
 * (Argon2id), the throttling of failed sign-ins, and each person's dashboard at
 * {@code /my}.
 */
@NullMarked
package org.unesco.gnlc.account;

import org.jspecify.annotations.NullMarked;
