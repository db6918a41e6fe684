package org.unesco.gnlc.city;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * A profile as schema.org data (a City, which is a Place) for search engines and other
 * network sites. The JSON is written into the page inside a script element of type
 * application/ld+json: browsers never run that type (so the Content Security Policy does
 * not apply), but the text must not close the element: every {@code <}, {@code >} and
 * {@code &} is written as a JSON escape, so no profile text can end the script or open
 * another element.
 */
@Component
@RequiredArgsConstructor
class JsonLd {

	private final JsonMapper json;

	String of(CityProfileView city, List<CityAward> awards, String profileUrl) {
		ProfileValues values = city.profile();
		Map<String, Object> place = new LinkedHashMap<>();
		place.put("@context", "https://schema.org");
		place.put("@type", "City");
		place.put("@id", profileUrl);
		place.put("name", city.name());
		place.put("url", profileUrl);
		if (values.website() != null) {
			place.put("sameAs", values.website());
		}
		if (values.profileText() != null) {
			place.put("description", values.profileText());
		}
		place.put("containedInPlace",
				ordered("@type", "Country", "name", city.countryName(), "identifier", city.countryCode()));
		List<Map<String, Object>> properties = new ArrayList<>();
		property(properties, "population", values.population(), null, values.populationYear());
		property(properties, "area", values.areaKm2(), "KMK", values.areaYear());
		property(properties, "GDP per capita (USD)", values.gdpPerCapitaUsd(), "USD", values.gdpPerCapitaYear());
		property(properties, "Average years of schooling, men", values.schoolingYearsMen(), "ANN",
				values.schoolingYearsMenYear());
		property(properties, "Average years of schooling, women", values.schoolingYearsWomen(), "ANN",
				values.schoolingYearsWomenYear());
		if (values.memberSince() != null) {
			properties.add(ordered("@type", "PropertyValue", "name",
					"Member of the UNESCO Global Network of Learning Cities since", "value",
					values.memberSince().toString()));
		}
		for (CityAward award : awards) {
			properties
				.add(ordered("@type", "PropertyValue", "name", "UNESCO Learning City Award", "value", award.year()));
		}
		if (!properties.isEmpty()) {
			place.put("additionalProperty", properties);
		}
		return scriptSafe(json.writeValueAsString(place));
	}

	private static void property(List<Map<String, Object>> properties, String name, @Nullable Number value,
			@Nullable String unitCode, @Nullable Integer year) {
		if (value == null) {
			return;
		}
		Map<String, Object> property = new LinkedHashMap<>();
		property.put("@type", "PropertyValue");
		property.put("name", name);
		property.put("value", value instanceof BigDecimal decimal ? plain(decimal) : value);
		if (unitCode != null) {
			property.put("unitCode", unitCode);
		}
		if (year != null) {
			property.put("observationDate", Integer.toString(year));
		}
		properties.add(property);
	}

	private static Map<String, Object> ordered(Object... keysAndValues) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (int index = 0; index < keysAndValues.length; index += 2) {
			map.put((String) keysAndValues[index], keysAndValues[index + 1]);
		}
		return map;
	}

	/**
	 * 527.00 as 527 and 111.63 as 111.63: a number never written in exponent notation.
	 */
	static Number plain(BigDecimal decimal) {
		BigDecimal stripped = decimal.stripTrailingZeros();
		return stripped.scale() <= 0 ? stripped.longValueExact() : stripped;
	}

	/** Characters that could end the script element or start markup, as JSON escapes. */
	static String scriptSafe(String json) {
		return json.replace("<", "\\u003c")
			.replace(">", "\\u003e")
			.replace("&", "\\u0026")
			.replace("\u2028", "\\u2028")
			.replace("\u2029", "\\u2029");
	}

}
