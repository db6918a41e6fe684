/**
 * Biennial progress reports of member cities: UIL's reporting rounds, each city's report
 * as a task list (one question per area of focus of the Key Features, statistics, files,
 * links), UIL's review, reminders, the follow-up of overdue members and the network's
 * progress in public.
 */
@NullMarked
package org.unesco.gnlc.progress;

import org.jspecify.annotations.NullMarked;
