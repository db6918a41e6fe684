package org.unesco.gnlc.award;

import java.util.List;

/**
 * Whether a city may apply in a cycle, and if not, why: each reason is a message key with its
 * arguments, shown to the city before it starts writing.
 */
record Eligibility(List<Reason> reasons) {

	record Reason(String messageKey, List<Object> arguments) {

		public Object[] args() {
			return arguments.toArray();
		}

	}

	static Eligibility of(List<Reason> reasons) {
		return new Eligibility(List.copyOf(reasons));
	}

	public boolean isEligible() {
		return reasons.isEmpty();
	}

}
