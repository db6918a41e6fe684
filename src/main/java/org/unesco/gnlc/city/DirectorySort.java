package org.unesco.gnlc.city;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The orders of the directory, each with its natural direction (largest population first,
 * everything else ascending). Every order ends on the city's id, so pages never overlap.
 */
enum DirectorySort {

	NAME("name", false), COUNTRY("country", false), POPULATION("population", true), JOINED("joined", false);

	private final String parameter;

	private final boolean descendingByDefault;

	DirectorySort(String parameter, boolean descendingByDefault) {
		this.parameter = parameter;
		this.descendingByDefault = descendingByDefault;
	}

	public String parameter() {
		return parameter;
	}

	boolean descendingByDefault() {
		return descendingByDefault;
	}

	static Optional<DirectorySort> of(String parameter) {
		return Arrays.stream(values())
			.filter(sort -> sort.parameter.equals(parameter.strip().toLowerCase(Locale.ROOT)))
			.findFirst();
	}

	/**
	 * The SQL order, on the folded names, stored when a name is written: the city's
	 * {@code name_key}, and the country's key in the reader's language
	 * ({@code countrySortKey}, a column of the {@code co} table of the directory's
	 * statements).
	 */
	String orderBy(boolean descending, String countrySortKey) {
		String direction = descending ? "desc" : "asc";
		String byName = "c.name_key " + direction + ", c.id " + direction;
		return switch (this) {
			case NAME -> byName;
			case COUNTRY -> countrySortKey + " " + direction + ", " + byName;
			case POPULATION -> "c.population " + direction + " nulls last, " + byName;
			case JOINED -> "c.member_since " + direction + " nulls last, " + byName;
		};
	}

}
