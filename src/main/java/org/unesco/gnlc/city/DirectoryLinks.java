package org.unesco.gnlc.city;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.unesco.gnlc.reference.UnescoRegion;

/**
 * Addresses of the directory that keep the visitor's filters: other pages, other orders,
 * one region, and the same selection as open data. Used by the templates as
 * {@code links}.
 */
record DirectoryLinks(DirectoryQuery query) {

	public String page(int number) {
		return build("/cities", query.onPage(number));
	}

	/** The column's order; a second click on the current order reverses it. */
	public String sortBy(String parameter) {
		DirectorySort sort = DirectorySort.of(parameter).orElse(DirectorySort.NAME);
		boolean descending = sort == query.sort() ? !query.descending() : sort.descendingByDefault();
		return build("/cities", query.sortedBy(sort, descending));
	}

	/**
	 * {@code ascending}, {@code descending} or {@code none}, for the column header's
	 * aria-sort.
	 */
	public String ariaSort(String parameter) {
		return DirectorySort.of(parameter)
			.filter(sort -> sort == query.sort())
			.map(sort -> query.descending() ? "descending" : "ascending")
			.orElse("none");
	}

	public String region(@Nullable UnescoRegion region) {
		return build("/cities", query.inRegion(region));
	}

	public String csv() {
		return build("/cities.csv", query.onPage(1), "page", "size");
	}

	public String api() {
		return build("/api/cities", query.onPage(1), "page");
	}

	/** A page of the JSON API, its size kept. */
	public String apiPage(int number) {
		return build("/api/cities", query.onPage(number));
	}

	private static String build(String path, DirectoryQuery target, String... leftOut) {
		Map<String, String> parameters = target.parameters();
		for (String parameter : leftOut) {
			parameters.remove(parameter);
		}
		if (parameters.isEmpty()) {
			return path;
		}
		// Form encoding, as a browser submits the filter form: "C++ & co" stays intact.
		return parameters.entrySet()
			.stream()
			.map(parameter -> parameter.getKey() + "="
					+ URLEncoder.encode(parameter.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&", path + "?", ""));
	}

}
