package org.unesco.gnlc.award;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;
import org.unesco.gnlc.shared.persistence.BaseEntity;
import org.unesco.gnlc.shared.web.RefusedActionException;

/**
 * One juror's vote in one cycle: the shortlisted cities they choose, cast once and never
 * changed. It holds the five rules of a vote, checked in this order when it is cast:
 * <ol>
 * <li>the jury votes only in the cycle's JURY phase;</li>
 * <li>each juror casts one ballot (the unique key of award_ballot refuses a second even
 * when two arrive at once);</li>
 * <li>a ballot names at least one city and at most as many as there are Awards;</li>
 * <li>the juror confirms that their choices are final;</li>
 * <li>every choice is on the shortlist, and none is a city of the juror's own
 * country.</li>
 * </ol>
 */
@Entity
@Table(name = "award_ballot")
class Ballot extends BaseEntity {

	private long cycleId;

	private long jurorId;

	private Instant castAt;

	@ElementCollection
	@CollectionTable(name = "award_ballot_choice", joinColumns = @JoinColumn(name = "ballot_id"))
	@Column(name = "application_id")
	private Set<Long> choices = new LinkedHashSet<>();

	protected Ballot() {
	}

	/**
	 * Casts the juror's ballot under the five rules.
	 * @param shortlist the country of each shortlisted application of the cycle, by id
	 * @param jurorCountry the juror's country, if their account records one
	 * @param alreadyVoted whether the juror has cast their ballot in this cycle already
	 */
	static Ballot cast(AwardCycle cycle, long jurorId, @Nullable String jurorCountry, boolean alreadyVoted,
			Collection<Long> choices, boolean confirmed, Map<Long, String> shortlist, Instant now) {
		cycle.require(CycleState.JURY);
		if (alreadyVoted) {
			throw new RefusedActionException("award.jury.error.alreadyVoted");
		}
		Set<Long> chosen = new LinkedHashSet<>(choices);
		if (chosen.isEmpty()) {
			throw new RefusedActionException("award.jury.error.noChoice");
		}
		if (chosen.size() > cycle.awardsAvailable()) {
			throw new RefusedActionException("award.jury.error.tooManyChoices", cycle.awardsAvailable());
		}
		if (!confirmed) {
			throw new RefusedActionException("award.jury.error.notConfirmed");
		}
		if (!shortlist.keySet().containsAll(chosen)) {
			throw new RefusedActionException("award.jury.error.notShortlisted");
		}
		if (jurorCountry != null && chosen.stream().anyMatch(id -> jurorCountry.equals(shortlist.get(id)))) {
			throw new RefusedActionException("award.jury.error.ownCountry");
		}
		Ballot ballot = new Ballot();
		ballot.cycleId = cycle.id();
		ballot.jurorId = jurorId;
		ballot.castAt = now;
		ballot.choices = chosen;
		return ballot;
	}

	long jurorId() {
		return jurorId;
	}

	Instant castAt() {
		return castAt;
	}

	Set<Long> choices() {
		return Set.copyOf(choices);
	}

}
