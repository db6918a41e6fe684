package org.unesco.gnlc.membership;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.Version;

import org.unesco.gnlc.shared.persistence.BaseEntity;

/**
 * A window in which cities submit applications, with a deadline for the National
 * Commissions' decisions and a limit on how many applications each country's Commission
 * forwards.
 */
@Entity
class MembershipCall extends BaseEntity {

	static final int DEFAULT_PER_COUNTRY_LIMIT = 3;

	private String title;

	private LocalDate opensOn;

	private LocalDate closesOn;

	private LocalDate decisionDeadline;

	private int perCountryLimit = DEFAULT_PER_COUNTRY_LIMIT;

	@Version
	private long version;

	protected MembershipCall() {
	}

	MembershipCall(String title, LocalDate opensOn, LocalDate closesOn, LocalDate decisionDeadline,
			int perCountryLimit) {
		change(title, opensOn, closesOn, decisionDeadline, perCountryLimit);
	}

	void change(String newTitle, LocalDate newOpensOn, LocalDate newClosesOn, LocalDate newDecisionDeadline,
			int newLimit) {
		if (newClosesOn.isBefore(newOpensOn) || newDecisionDeadline.isBefore(newClosesOn)) {
			throw new IllegalArgumentException("A call closes after it opens, and decisions come after it closes");
		}
		this.title = newTitle;
		this.opensOn = newOpensOn;
		this.closesOn = newClosesOn;
		this.decisionDeadline = newDecisionDeadline;
		this.perCountryLimit = newLimit;
	}

	boolean isOpenOn(LocalDate day) {
		return !day.isBefore(opensOn) && !day.isAfter(closesOn);
	}

	public String title() {
		return title;
	}

	public LocalDate opensOn() {
		return opensOn;
	}

	public LocalDate closesOn() {
		return closesOn;
	}

	public LocalDate decisionDeadline() {
		return decisionDeadline;
	}

	public int perCountryLimit() {
		return perCountryLimit;
	}

	public long version() {
		return version;
	}

}
