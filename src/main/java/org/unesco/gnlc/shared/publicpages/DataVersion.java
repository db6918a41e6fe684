package org.unesco.gnlc.shared.publicpages;

import java.time.Instant;

/** The version of the data behind the public pages, and when it last changed. */
public record DataVersion(long number, Instant changedAt) {

}
