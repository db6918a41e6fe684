/** CSV files for spreadsheet programs, written one way: {@link CsvWriter}. */
@NullMarked
package org.unesco.gnlc.shared.csv;

import org.jspecify.annotations.NullMarked;
