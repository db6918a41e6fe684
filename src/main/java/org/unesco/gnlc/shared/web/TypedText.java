package org.unesco.gnlc.shared.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;

/**
 * What a person typed into a form whose save was refused as stale, shown on the conflict
 * page (or the expired form's page) for copying: the fields with text, without the form's
 * machinery (token, version, button) and never a secret (a password, a link's token, a
 * code of the authenticator app).
 */
public record TypedText(String field, String text) {

	public static final String ATTRIBUTE = TypedText.class.getName();

	private static final Set<String> MACHINERY = Set.of("_csrf", "version", "seenVersion", "action",
			FileError.FIELD_PARAMETER, "lang");

	private static final Set<String> SECRETS = Set.of("token", "code");

	private static final int MOST = 40;

	static List<TypedText> of(HttpServletRequest request) {
		return request.getParameterMap()
			.entrySet()
			.stream()
			.filter(parameter -> !MACHINERY.contains(parameter.getKey()) && !isSecret(parameter.getKey()))
			.flatMap(TypedText::texts)
			.limit(MOST)
			.toList();
	}

	/**
	 * The same texts by field (the first of each), as a form page reads them to fill its
	 * fields again after a refused upload; kept in the session until that page is shown.
	 */
	static LinkedHashMap<String, String> byField(HttpServletRequest request) {
		LinkedHashMap<String, String> fields = new LinkedHashMap<>();
		of(request).forEach(typed -> fields.putIfAbsent(typed.field(), typed.text()));
		return fields;
	}

	private static boolean isSecret(String field) {
		return field.toLowerCase(Locale.ROOT).contains("password") || SECRETS.contains(field);
	}

	private static Stream<TypedText> texts(Map.Entry<String, String[]> parameter) {
		return Arrays.stream(parameter.getValue())
			.filter(value -> !value.isBlank())
			.map(value -> new TypedText(parameter.getKey(), value));
	}

}
