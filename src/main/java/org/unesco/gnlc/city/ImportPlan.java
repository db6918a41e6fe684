package org.unesco.gnlc.city;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.unesco.gnlc.city.ImportRowChecks.RowError;

/**
 * What applying a file would do, row by row, before anything is written: the cities to
 * create, to update (each changed field, old and new), unchanged, and the rows in error
 * with their reasons; the people to invite; and how many member cities are not in this
 * file.
 */
record ImportPlan(ImportKind kind, List<PlannedRow> rows, int notInFile) {

	enum Outcome {

		CREATE, UPDATE, UNCHANGED, ERROR;

		public String messageKey() {
			return "city.import.outcome." + name();
		}

	}

	/**
	 * One row of the file as the preview shows it. {@code invitee} is the address to
	 * invite, if any.
	 */
	record PlannedRow(int line, Outcome outcome, String label, @Nullable String countryCode, List<FieldChange> changes,
			List<RowError> errors, @Nullable String invitee) {
	}

	/** The figures of an import as its record keeps them. */
	record Counts(int rows, int created, int updated, int unchanged, int errors, int notInFile, int invitations) {
	}

	public Counts counts() {
		return new Counts(rows.size(), count(Outcome.CREATE), count(Outcome.UPDATE), count(Outcome.UNCHANGED),
				count(Outcome.ERROR), notInFile, (int) rows.stream().filter(row -> row.invitee() != null).count());
	}

	public int count(Outcome outcome) {
		return (int) rows.stream().filter(row -> row.outcome() == outcome).count();
	}

	boolean hasErrors() {
		return count(Outcome.ERROR) > 0;
	}

	List<PlannedRow> rows(@Nullable Outcome outcome) {
		return outcome == null ? rows : rows.stream().filter(row -> row.outcome() == outcome).toList();
	}

}
