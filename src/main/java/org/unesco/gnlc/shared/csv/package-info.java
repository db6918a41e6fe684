/** CSV files for spreadsheet programs, written one way: {@link org.unesco.gnlc.shared.csv.CsvWriter}. */
@NullMarked
package org.unesco.gnlc.shared.csv;

import org.jspecify.annotations.NullMarked;
