package org.unesco.gnlc.conference;

import java.util.ArrayList;
import java.util.List;

import org.springframework.validation.BindingResult;

/**
 * An edit the record cannot take as it stands: a number already used, an agenda slot
 * already taken, an unknown city. Nothing was saved; the form shows each problem at its
 * field.
 */
class EditRejected extends RuntimeException {

	/**
	 * A problem with one field of the form (or with the form as a whole when field is
	 * null).
	 */
	record Problem(String field, String messageKey, Object... arguments) {
	}

	private final List<Problem> problems;

	EditRejected(List<Problem> problems) {
		super("Edit rejected: " + problems.stream().map(Problem::messageKey).toList());
		this.problems = List.copyOf(problems);
	}

	static EditRejected at(String field, String messageKey, Object... arguments) {
		return new EditRejected(List.of(new Problem(field, messageKey, arguments)));
	}

	List<Problem> problems() {
		return problems;
	}

	/** Shows the problems on the form's fields. */
	void reportTo(BindingResult result) {
		for (Problem problem : problems) {
			result.rejectValue(problem.field(), problem.messageKey(), problem.arguments(), problem.messageKey());
		}
	}

	/** Problems collected while checking a form, thrown together. */
	static final class Collector {

		private final ArrayList<Problem> problems = new ArrayList<>();

		void add(String field, String messageKey, Object... arguments) {
			problems.add(new Problem(field, messageKey, arguments));
		}

		void throwIfAny() {
			if (!problems.isEmpty()) {
				throw new EditRejected(problems);
			}
		}

	}

}
