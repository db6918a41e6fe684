package org.unesco.gnlc.shared.web;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.core.ResolvableType;
import org.springframework.stereotype.Component;
import org.thymeleaf.spring6.util.DetailedError;

/**
 * The error summary of every form ({@code fragments/forms :: errorSummary}) and the
 * message at each field: the errors in the order of the page (the order of the form's
 * fields, which the forms declare as the page shows them; errors of the whole form
 * first), one per field (a missing answer before any other complaint about it), each with
 * the anchor of its field.
 */
@Component("errorSummary")
public class ErrorSummary {

	/**
	 * What a missing answer is called by Bean Validation; it says more than any other
	 * error.
	 */
	private static final Set<String> MISSING = Set.of("NotBlank", "NotNull", "NotEmpty", "required");

	/** A line of the summary: the message, and the id of the element it links to. */
	public record Line(String anchor, String message) {
	}

	/**
	 * The lines of the summary of a form (the selection target {@code #object}) and its
	 * errors.
	 */
	public List<Line> of(List<DetailedError> errors, @Nullable Object form) {
		Class<?> type = form == null ? Object.class : form.getClass();
		Map<String, DetailedError> oneEach = new LinkedHashMap<>();
		for (DetailedError error : errors) {
			String key = error.isGlobal() ? "\u0000" + error.getMessage() : error.getFieldName();
			DetailedError kept = oneEach.get(key);
			if (kept == null || (!isMissing(kept) && isMissing(error))) {
				oneEach.put(key, error);
			}
		}
		return oneEach.values()
			.stream()
			.sorted(Comparator.comparing(
					(DetailedError error) -> error.isGlobal() ? List.of(-1) : position(type, error.getFieldName()),
					ErrorSummary::compare))
			.map(error -> new Line(error.isGlobal() ? "main" : anchor(error.getFieldName()), error.getMessage()))
			.toList();
	}

	/** The one message shown at a field: its missing answer, else its first error. */
	public @Nullable String at(List<DetailedError> errors) {
		return errors.stream()
			.filter(ErrorSummary::isMissing)
			.findFirst()
			.or(() -> errors.stream().findFirst())
			.map(DetailedError::getMessage)
			.orElse(null);
	}

	/**
	 * The aria-describedby of a field's control: the ids of its hint and of its error, as
	 * {@code fragments/forms :: fieldTop} writes them, then any other (such as a word
	 * count); null, which leaves the attribute out, when nothing describes it.
	 */
	public @Nullable String describedBy(String id, boolean hint, boolean invalid, @Nullable String other) {
		List<String> ids = new ArrayList<>();
		if (hint) {
			ids.add(id + "-hint");
		}
		if (invalid) {
			ids.add(id + "-error");
		}
		if (other != null) {
			ids.add(other);
		}
		return ids.isEmpty() ? null : String.join(" ", ids);
	}

	/** The aria-describedby of a field's control: its hint and its error. */
	public @Nullable String describedBy(String id, boolean hint, boolean invalid) {
		return describedBy(id, hint, invalid, null);
	}

	/**
	 * The id of a field's input, as the form fragments write it
	 * ({@code contacts[0].email}: {@code contacts[0]-email}).
	 */
	public static String anchor(String field) {
		return field.replace('.', '-');
	}

	private static boolean isMissing(DetailedError error) {
		return MISSING.contains(error.getCode());
	}

	/**
	 * Where a property path is on the page: for each step, the place of the property
	 * among its type's fields, then the index in its list.
	 */
	static List<Integer> position(Class<?> formType, String path) {
		List<Integer> position = new ArrayList<>();
		ResolvableType type = ResolvableType.forClass(formType);
		for (String step : path.split("\\.")) {
			int bracket = step.indexOf('[');
			String name = bracket < 0 ? step : step.substring(0, bracket);
			List<String> names = propertiesOf(type.resolve(Object.class));
			int place = names.indexOf(name);
			position.add(place < 0 ? Integer.MAX_VALUE : place);
			type = place < 0 ? ResolvableType.NONE : typeOf(type.resolve(Object.class), name);
			if (bracket >= 0) {
				String index = step.substring(bracket + 1, Math.max(bracket + 1, step.indexOf(']')));
				position.add(index.matches("\\d{1,9}") ? Integer.parseInt(index) : 0);
				type = elementOf(type);
			}
		}
		return position;
	}

	private static int compare(List<Integer> left, List<Integer> right) {
		for (int i = 0; i < Math.min(left.size(), right.size()); i++) {
			int order = Integer.compare(left.get(i), right.get(i));
			if (order != 0) {
				return order;
			}
		}
		return Integer.compare(left.size(), right.size());
	}

	private static List<String> propertiesOf(Class<?> type) {
		if (type.isRecord()) {
			return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
		}
		List<String> names = new ArrayList<>();
		for (Class<?> level = type; level != null && level != Object.class; level = level.getSuperclass()) {
			List<String> own = Arrays.stream(level.getDeclaredFields())
				.filter(field -> !Modifier.isStatic(field.getModifiers()))
				.map(Field::getName)
				.toList();
			names.addAll(0, own);
		}
		return names;
	}

	private static ResolvableType typeOf(Class<?> owner, String name) {
		if (owner.isRecord()) {
			return Arrays.stream(owner.getRecordComponents())
				.filter(component -> component.getName().equals(name))
				.findFirst()
				.map(component -> ResolvableType.forMethodReturnType(component.getAccessor()))
				.orElse(ResolvableType.NONE);
		}
		for (Class<?> level = owner; level != null && level != Object.class; level = level.getSuperclass()) {
			for (Field field : level.getDeclaredFields()) {
				if (field.getName().equals(name)) {
					return ResolvableType.forField(field);
				}
			}
		}
		return ResolvableType.NONE;
	}

	private static ResolvableType elementOf(ResolvableType type) {
		if (type.isArray()) {
			return type.getComponentType();
		}
		Class<?> raw = type.resolve(Object.class);
		if (Collection.class.isAssignableFrom(raw)) {
			return type.asCollection().getGeneric(0);
		}
		if (Map.class.isAssignableFrom(raw)) {
			return type.asMap().getGeneric(1);
		}
		return ResolvableType.NONE;
	}

}
