package org.unesco.gnlc.city;

import java.util.List;
import java.util.Locale;

/**
 * The two kinds of file that bring the existing network in: member cities (with the
 * official who acts for each) and the contacts of the National Commissions. Each names
 * its columns in the order of the template; some must be in the header, the others may be
 * left out.
 */
enum ImportKind {

	MEMBER_CITIES(
			List.of("city", "country_code", "member_since", "population", "population_year", "area_km2", "website",
					"official_name", "official_email", "official_language", "slug"),
			List.of("city", "country_code", "member_since"),
			List.of("Câmara de Lobos", "PT", "2016", "35666", "2021", "52.15", "https://www.cm-camaradelobos.pt",
					"Maria Silva", "maria.silva@example.org", "en", "")),

	NATCOM_CONTACTS(List.of("country_code", "name", "email", "language"), List.of("country_code", "name", "email"),
			List.of("DK", "Søren Jensen", "soren.jensen@example.org", "en"));

	private final List<String> columns;

	private final List<String> requiredColumns;

	private final List<String> example;

	ImportKind(List<String> columns, List<String> requiredColumns, List<String> example) {
		this.columns = columns;
		this.requiredColumns = requiredColumns;
		this.example = example;
	}

	List<String> columns() {
		return columns;
	}

	List<String> requiredColumns() {
		return requiredColumns;
	}

	/** The example row of the template, one value per column. */
	List<String> example() {
		return example;
	}

	public String messageKey() {
		return "city.import.kind." + name();
	}

	/** The name of the template file, without its extension. */
	String templateName() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-') + "-template";
	}

}
