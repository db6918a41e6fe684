package org.unesco.gnlc.award;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

/**
 * Whether a city may apply in a cycle, and if not, why: each reason is a message key with
 * its arguments, shown to the city before it starts writing.
 */
record Eligibility(List<Reason> reasons) {

	record Reason(String messageKey, List<Object> arguments) {

		/**
		 * The arguments as MessageFormat formats them: {0,date,long} needs a
		 * java.util.Date, not a LocalDate.
		 */
		public Object[] args() {
			return arguments.stream()
				.map(argument -> argument instanceof LocalDate date
						? (Object) Date.from(date.atStartOfDay(ZoneId.systemDefault()).toInstant()) : argument)
				.toArray();
		}

	}

	static Eligibility of(List<Reason> reasons) {
		return new Eligibility(List.copyOf(reasons));
	}

	public boolean isEligible() {
		return reasons.isEmpty();
	}

}
