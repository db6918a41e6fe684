package org.unesco.gnlc.award;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;

import org.jspecify.annotations.Nullable;
import org.unesco.gnlc.shared.LocalizedText;
import org.unesco.gnlc.shared.security.Actor;
import org.unesco.gnlc.shared.timeline.AggregateWithTimeline;
import org.unesco.gnlc.shared.web.RefusedActionException;

/**
 * One cycle of the UNESCO Learning City Award: its year, title, the quota of nominations
 * per National Commission, the number of Awards, its deadlines and the ICLC where it is
 * presented. Its phases (PLANNED → OPEN → REVIEW → JURY → PUBLISHED) live here, each
 * change guarded and recorded on the cycle's timeline; what a phase allows is asked of it
 * ({@link #acceptsApplicationsOn}, {@link #acceptsNominationsOn}).
 */
@Entity
class AwardCycle extends AggregateWithTimeline<AwardCycle, CycleState> {

	private int year;

	private String titleEn;

	private String titleFr;

	private String titleEs;

	/** Optional: an Arabic reader sees the English title without it. */
	private @Nullable String titleAr;

	private int nominationQuota;

	private @Nullable Integer iclcOrdinal;

	private @Nullable String iclcCity;

	@Column(columnDefinition = "bpchar(2)")
	private @Nullable String iclcCountryCode;

	private @Nullable LocalDate callOpensOn;

	private @Nullable LocalDate cityDeadline;

	private @Nullable LocalDate nominationDeadline;

	private @Nullable LocalDate reviewDeadline;

	private @Nullable LocalDate juryDeadline;

	private @Nullable LocalDate ceremonyOn;

	private int awardsAvailable;

	private @Nullable String decisionRationale;

	private @Nullable String tieDecision;

	private @Nullable Instant publishedAt;

	@OneToMany(cascade = CascadeType.ALL)
	@JoinColumn(name = "cycle_id", nullable = false, updatable = false)
	@OrderBy("at")
	private List<CycleTransition> transitions = new ArrayList<>();

	protected AwardCycle() {
	}

	/** The settings UIL_ADMIN gives a cycle. */
	record Settings(String titleEn, String titleFr, String titleEs, @Nullable String titleAr, int nominationQuota,
			int awardsAvailable, @Nullable Integer iclcOrdinal, @Nullable String iclcCity,
			@Nullable String iclcCountryCode, @Nullable LocalDate callOpensOn, @Nullable LocalDate cityDeadline,
			@Nullable LocalDate nominationDeadline, @Nullable LocalDate reviewDeadline,
			@Nullable LocalDate juryDeadline, @Nullable LocalDate ceremonyOn) {
	}

	static AwardCycle plan(int year, Settings settings, Actor admin, Instant now) {
		AwardCycle cycle = new AwardCycle();
		cycle.year = year;
		cycle.record(cycle.transitions, new CycleTransition(null, CycleState.PLANNED, admin, now, null));
		cycle.change(settings);
		return cycle;
	}

	/** Changes the settings; refused once the recipients are published. */
	void change(Settings settings) {
		if (state() == CycleState.PUBLISHED) {
			throw new RefusedActionException("award.error.cyclePublished");
		}
		LocalDate previous = null;
		for (LocalDate date : new LocalDate[] { settings.callOpensOn(), settings.cityDeadline(),
				settings.nominationDeadline(), settings.reviewDeadline(), settings.juryDeadline() }) {
			if (date != null && previous != null && date.isBefore(previous)) {
				throw new RefusedActionException("award.error.deadlinesOutOfOrder");
			}
			previous = date != null ? date : previous;
		}
		this.titleEn = settings.titleEn();
		this.titleFr = settings.titleFr();
		this.titleEs = settings.titleEs();
		this.titleAr = settings.titleAr();
		this.nominationQuota = settings.nominationQuota();
		this.awardsAvailable = settings.awardsAvailable();
		this.iclcOrdinal = settings.iclcOrdinal();
		this.iclcCity = settings.iclcCity();
		this.iclcCountryCode = settings.iclcCountryCode();
		this.callOpensOn = settings.callOpensOn();
		this.cityDeadline = settings.cityDeadline();
		this.nominationDeadline = settings.nominationDeadline();
		this.reviewDeadline = settings.reviewDeadline();
		this.juryDeadline = settings.juryDeadline();
		this.ceremonyOn = settings.ceremonyOn();
	}

	Settings settings() {
		return new Settings(titleEn, titleFr, titleEs, titleAr, nominationQuota, awardsAvailable, iclcOrdinal, iclcCity,
				iclcCountryCode, callOpensOn, cityDeadline, nominationDeadline, reviewDeadline, juryDeadline,
				ceremonyOn);
	}

	// Phases
	// -------------------------------------------------------------------------------------

	/**
	 * Opens the call: cities may apply. It needs its deadlines and at least one
	 * criterion.
	 */
	void open(int criteria, Actor admin, Instant now) {
		require(CycleState.PLANNED);
		if (cityDeadline == null || nominationDeadline == null) {
			throw new RefusedActionException("award.error.deadlinesMissing");
		}
		if (criteria == 0) {
			throw new RefusedActionException("award.error.criteriaMissing");
		}
		transition(CycleState.OPEN, admin, now, null);
	}

	/** Closes the call and the nominations: UIL reviews what it received. */
	void closeNominations(Actor admin, Instant now) {
		require(CycleState.OPEN);
		transition(CycleState.REVIEW, admin, now, null);
	}

	/**
	 * Sends the shortlist to the jury: from now on the shortlist is fixed and the jury
	 * votes.
	 */
	void conveneJury(Actor admin, Instant now) {
		require(CycleState.REVIEW);
		transition(CycleState.JURY, admin, now, null);
	}

	/** Announces the recipients UIL recorded, with the rationale of the selection. */
	void publish(String rationale, Actor admin, Instant now) {
		require(CycleState.JURY);
		if (rationale == null || rationale.isBlank()) {
			throw new RefusedActionException("award.error.rationaleRequired");
		}
		this.decisionRationale = rationale.strip();
		this.publishedAt = now;
		transition(CycleState.PUBLISHED, admin, now, null);
		registerEvent(new AwardCyclePublished(id(), year));
	}

	/**
	 * UIL records why the jury's selection is what it is, with the selection, before it
	 * publishes (which may still reword it). Only while the jury sits.
	 */
	void recordRationale(String rationale) {
		require(CycleState.JURY);
		if (rationale == null || rationale.isBlank()) {
			throw new RefusedActionException("award.error.rationaleRequired");
		}
		this.decisionRationale = rationale.strip();
	}

	/**
	 * UIL decides a tie in the jury's tally at the last Award, while the jury sits: the
	 * tied cities, their votes and the decision are kept and recorded on the cycle's
	 * timeline.
	 */
	void decideTie(List<String> tiedCities, int votes, String decision, Actor admin, Instant now) {
		require(CycleState.JURY);
		if (decision == null || decision.isBlank()) {
			throw new RefusedActionException("award.jury.error.tieUndecided");
		}
		this.tieDecision = "Tie at " + votes + " votes between " + String.join(", ", tiedCities) + ": "
				+ decision.strip();
		transition(CycleState.JURY, admin, now, tieDecision);
	}

	boolean acceptsApplicationsOn(LocalDate today) {
		return state() == CycleState.OPEN && (callOpensOn == null || !today.isBefore(callOpensOn))
				&& (cityDeadline == null || !today.isAfter(cityDeadline));
	}

	boolean acceptsNominationsOn(LocalDate today) {
		return state() == CycleState.OPEN && (nominationDeadline == null || !today.isAfter(nominationDeadline));
	}

	/**
	 * UIL assigns reviewers, reviewers score and UIL shortlists until the jury is
	 * convened.
	 */
	boolean isUnderReview() {
		return state() == CycleState.OPEN || state() == CycleState.REVIEW;
	}

	void require(CycleState expected) {
		if (state() != expected) {
			throw new RefusedActionException("award.error.cycleWrongState");
		}
	}

	private void transition(CycleState to, Actor admin, Instant now, @Nullable String comment) {
		record(transitions, new CycleTransition(state(), to, admin, now, comment));
	}

	AwardCycleInfo info(Locale locale, int recipients) {
		String title = new LocalizedText(titleEn, titleFr, titleEs).in(locale, titleAr);
		return new AwardCycleInfo(id(), year, title, state(), nominationQuota, iclcOrdinal, iclcCity, iclcCountryCode,
				callOpensOn, cityDeadline, nominationDeadline, reviewDeadline, juryDeadline, ceremonyOn, recipients,
				awardsAvailable, version(), state() == CycleState.PUBLISHED ? decisionRationale : null);
	}

	int year() {
		return year;
	}

	int nominationQuota() {
		return nominationQuota;
	}

	int awardsAvailable() {
		return awardsAvailable;
	}

	@Nullable LocalDate cityDeadline() {
		return cityDeadline;
	}

	@Nullable LocalDate nominationDeadline() {
		return nominationDeadline;
	}

	@Nullable String decisionRationale() {
		return decisionRationale;
	}

	@Nullable String tieDecision() {
		return tieDecision;
	}

	@Nullable Instant publishedAt() {
		return publishedAt;
	}

	List<CycleTransition> transitions() {
		return List.copyOf(transitions);
	}

	List<CycleTransition> transitionsForLoading() {
		return transitions;
	}

}
