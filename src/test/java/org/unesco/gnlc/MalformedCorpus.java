package org.unesco.gnlc;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The malformed requests of {@link MalformedRequestsTests}: the forms read off a page,
 * the malformed sendings of each, and their bodies as a browser would encode them.
 */
final class MalformedCorpus {

	static final String HUGE = "x".repeat(100_000);

	static final Pattern NUMBER = Pattern.compile("-?\\d+");

	static final Pattern SKIPPED = Pattern.compile("^/(logout|actuator|error)|\\.(pdf|csv|xlsx|ics)$");

	static Optional<String> replaceFirstSegment(String url, String value) {
		String path = url.replaceAll("\\?.*", "");
		String[] segments = path.split("/");
		for (int i = segments.length - 1; i > 0; i--) {
			if (NUMBER.matcher(segments[i]).matches() || (i >= 2 && segments[i].matches("[a-z0-9-]+-[a-z0-9-]+"))) {
				segments[i] = value;
				return Optional.of(String.join("/", segments));
			}
		}
		return Optional.empty();
	}

	/** A form as the page shows it: where it goes, its fields and their kinds. */
	record Form(String action, boolean multipart, List<Field> fields) {

		String key() {
			return action.replaceAll("\\d+", "{n}") + " " + fields.stream().map(Field::name).sorted().toList();
		}

		static List<Form> allOn(Document page) {
			List<Form> forms = new ArrayList<>();
			for (Element form : page.select("form[method=post]")) {
				String action = HttpPath.of(form.attr("action"));
				if (action.isEmpty() || SKIPPED.matcher(action).find()) {
					continue;
				}
				List<Field> fields = new ArrayList<>();
				for (Element input : form.select("input[name], select[name], textarea[name]")) {
					String name = input.attr("name");
					if (name.equals("_csrf")) {
						continue;
					}
					fields.add(Field.of(input));
				}
				forms.add(new Form(action, "multipart/form-data".equalsIgnoreCase(form.attr("enctype")), fields));
			}
			return forms;
		}

	}

	enum Kind {

		TEXT, NUMBER, DATE, CHOICE, FILE

	}

	record Field(String name, Kind kind, String value) {

		static Field of(Element input) {
			String type = input.tagName().equals("input") ? input.attr("type").toLowerCase() : input.tagName();
			String value = switch (input.tagName()) {
				case "textarea" -> input.text();
				case "select" -> input.select("option")
					.stream()
					.map(o -> o.attr("value"))
					.filter(v -> !v.isEmpty())
					.findFirst()
					.orElse("");
				default -> input.attr("value");
			};
			Kind kind = switch (type) {
				case "number" -> Kind.NUMBER;
				case "date", "datetime-local", "time", "month" -> Kind.DATE;
				case "select", "radio", "checkbox" -> Kind.CHOICE;
				case "file" -> Kind.FILE;
				default -> NUMBER.matcher(value).matches() ? Kind.NUMBER : Kind.TEXT;
			};
			return new Field(input.attr("name"), kind, value);
		}

	}

	/** One malformed sending of a form. */
	record Variant(String name, String action, Form form, Map<String, String> values, boolean unreadable) {

		static List<Variant> of(Form form) {
			List<Variant> variants = new ArrayList<>();
			add(variants, form, "huge text", false, Kind.TEXT, value -> HUGE);
			add(variants, form, "NUL in text", false, Kind.TEXT, value -> "a\u0000b" + value);
			add(variants, form, "invalid UTF-8", false, Kind.TEXT, value -> "\uFFFF\uFFFE");
			add(variants, form, "non-numeric number", true, Kind.NUMBER, value -> "abc");
			add(variants, form, "negative number", false, Kind.NUMBER, value -> "-1");
			add(variants, form, "huge number", true, Kind.NUMBER, value -> "99999999999999999999");
			add(variants, form, "unknown choice", false, Kind.CHOICE, value -> "NO_SUCH_CHOICE");
			add(variants, form, "impossible date", true, Kind.DATE, value -> "2026-02-30");
			variants.add(new Variant("missing fields", form.action(), form, Map.of(), false));
			if (form.fields().stream().anyMatch(field -> field.name().matches(".*\\[\\d+].*"))) {
				Map<String, String> indexed = new LinkedHashMap<>();
				form.fields()
					.forEach(field -> indexed.put(field.name().replaceAll("\\[\\d+]", "[99999]"), field.value()));
				variants.add(new Variant("index 99999", form.action(), form, indexed, false));
			}
			replaceFirstSegment(form.action(), "999999999")
				.ifPresent(unknown -> variants.add(new Variant("unknown id", unknown, form, original(form), false)));
			replaceFirstSegment(form.action(), "abc").ifPresent(
					malformed -> variants.add(new Variant("malformed id", malformed, form, original(form), false)));
			return variants;
		}

		private static Map<String, String> original(Form form) {
			Map<String, String> values = new LinkedHashMap<>();
			form.fields().forEach(field -> values.putIfAbsent(field.name(), field.value()));
			return values;
		}

		private static void add(List<Variant> variants, Form form, String name, boolean unreadable, Kind kind,
				UnaryOperator<String> change) {
			if (form.fields().stream().noneMatch(field -> field.kind() == kind)) {
				return;
			}
			Map<String, String> values = new LinkedHashMap<>();
			form.fields()
				.forEach(field -> values.putIfAbsent(field.name(),
						field.kind() == kind ? change.apply(field.value()) : field.value()));
			variants.add(new Variant(name, form.action(), form, values, unreadable));
		}

		Body body(String csrf) {
			return new Body(form.multipart(), csrf, values);
		}

	}

	record Body(boolean multipart, String csrf, Map<String, String> values) {

		static final String BOUNDARY = "----gnlc-malformed";

		String contentType() {
			return multipart ? "multipart/form-data; boundary=" + BOUNDARY : "application/x-www-form-urlencoded";
		}

		byte[] bytes() {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			if (multipart) {
				write(out,
						"--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n");
				values.forEach((name, value) -> {
					write(out, "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n");
					out.writeBytes(encodeRaw(value));
					write(out, "\r\n");
				});
				write(out, "--" + BOUNDARY + "--\r\n");
			}
			else {
				StringBuilder form = new StringBuilder("_csrf=")
					.append(URLEncoder.encode(csrf, StandardCharsets.UTF_8));
				values.forEach((name, value) -> form.append('&')
					.append(URLEncoder.encode(name, StandardCharsets.UTF_8))
					.append('=')
					.append(value.equals("\uFFFF\uFFFE") ? "%C3%28%FF%FE"
							: URLEncoder.encode(value, StandardCharsets.UTF_8)));
				write(out, form.toString());
			}
			return out.toByteArray();
		}

		/**
		 * The value's UTF-8, except the marker of invalid UTF-8, which is sent as bytes
		 * no decoder accepts.
		 */
		private static byte[] encodeRaw(String value) {
			return value.equals("\uFFFF\uFFFE") ? new byte[] { (byte) 0xC3, 0x28, (byte) 0xFF, (byte) 0xFE }
					: value.getBytes(StandardCharsets.UTF_8);
		}

		private static void write(ByteArrayOutputStream out, String text) {
			out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
		}

	}

	static final class HttpPath {

		static String of(String href) {
			if (href.isEmpty() || href.startsWith("#") || href.startsWith("mailto:")
					|| href.startsWith("javascript:")) {
				return "";
			}
			URI uri = URI.create(href.replace(" ", "%20"));
			if (uri.getHost() != null && !uri.getHost().equals("localhost")) {
				return "";
			}
			return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
		}

	}

	private MalformedCorpus() {
	}

}
