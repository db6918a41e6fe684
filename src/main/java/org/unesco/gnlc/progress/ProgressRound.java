package org.unesco.gnlc.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;

import org.jspecify.annotations.Nullable;
import org.unesco.gnlc.shared.security.Actor;
import org.unesco.gnlc.shared.timeline.AggregateWithTimeline;
import org.unesco.gnlc.shared.web.RefusedActionException;
import org.unesco.gnlc.shared.web.StaleEditException;

/**
 * A reporting round set up by UIL: the period it covers, when it opens, its deadline and
 * grace period, which members must report (those admitted by a date), and its questions
 * (one per area of focus, each with a word limit). PLANNED → OPEN → CLOSED; an open
 * round's deadline may be extended. Every step is on its timeline.
 */
@Entity
class ProgressRound extends AggregateWithTimeline<ProgressRound, RoundState> {

	private String title;

	private LocalDate periodFrom;

	private LocalDate periodTo;

	private LocalDate opensOn;

	private LocalDate deadline;

	private int graceDays;

	private LocalDate admittedBy;

	private Instant createdAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "progress_question", joinColumns = @JoinColumn(name = "round_id"))
	@MapKeyColumn(name = "focus_code")
	@Column(name = "word_limit")
	private Map<String, Integer> questions = new TreeMap<>();

	@OneToMany(cascade = CascadeType.ALL, fetch = FetchType.LAZY)
	@JoinColumn(name = "round_id", nullable = false, updatable = false)
	@OrderBy("at")
	private List<RoundStep> steps = new ArrayList<>();

	protected ProgressRound() {
	}

	/** What UIL sets for a round; the dates are checked by the form. */
	record Terms(String title, LocalDate periodFrom, LocalDate periodTo, LocalDate opensOn, LocalDate deadline,
			int graceDays, LocalDate admittedBy, Map<String, Integer> questions) {
	}

	static ProgressRound plan(Terms terms, Actor admin, Instant now) {
		ProgressRound round = new ProgressRound();
		round.record(round.steps, new RoundStep(null, RoundState.PLANNED, admin, now, null));
		round.createdAt = now;
		round.apply(terms);
		return round;
	}

	/**
	 * Changes the terms while the round is planned; the version is the one the editor
	 * saw.
	 */
	void change(Terms terms, long versionSeen) {
		if (state() != RoundState.PLANNED) {
			throw new RefusedActionException("progress.error.roundNotPlanned");
		}
		if (versionSeen != version()) {
			throw new StaleEditException("The round");
		}
		apply(terms);
	}

	private void apply(Terms terms) {
		this.title = terms.title().strip();
		this.periodFrom = terms.periodFrom();
		this.periodTo = terms.periodTo();
		this.opensOn = terms.opensOn();
		this.deadline = terms.deadline();
		this.graceDays = terms.graceDays();
		this.admittedBy = terms.admittedBy();
		this.questions.clear();
		this.questions.putAll(terms.questions());
	}

	void open(Actor admin, Instant now) {
		if (state() != RoundState.PLANNED) {
			throw new RefusedActionException("progress.error.roundNotPlanned");
		}
		record(steps, new RoundStep(state(), RoundState.OPEN, admin, now, null));
	}

	/** A new, later deadline for an open round; the old and new dates are recorded. */
	void extend(LocalDate newDeadline, @Nullable String reason, Actor admin, Instant now) {
		if (state() != RoundState.OPEN) {
			throw new RefusedActionException("progress.error.roundNotOpen");
		}
		if (!newDeadline.isAfter(deadline)) {
			throw new RefusedActionException("progress.error.deadlineNotLater", deadline);
		}
		String comment = deadline + " → " + newDeadline
				+ (reason == null || reason.isBlank() ? "" : ": " + reason.strip());
		record(steps, new RoundStep(state(), RoundState.OPEN, admin, now, comment));
		this.deadline = newDeadline;
	}

	void close(Actor admin, Instant now) {
		if (state() != RoundState.OPEN) {
			throw new RefusedActionException("progress.error.roundNotOpen");
		}
		record(steps, new RoundStep(state(), RoundState.CLOSED, admin, now, null));
	}

	/** Days from today to the deadline: negative once it has passed. */
	public long daysLeft(LocalDate today) {
		return ChronoUnit.DAYS.between(today, deadline);
	}

	/** The day after the grace period: from then, missing reports are followed up. */
	public LocalDate followUpFrom() {
		return deadline.plusDays(graceDays + 1L);
	}

	boolean acceptsReportsOn(LocalDate today) {
		return state() == RoundState.OPEN && !today.isBefore(opensOn);
	}

	public String title() {
		return title;
	}

	public LocalDate periodFrom() {
		return periodFrom;
	}

	public LocalDate periodTo() {
		return periodTo;
	}

	public LocalDate opensOn() {
		return opensOn;
	}

	public LocalDate deadline() {
		return deadline;
	}

	public int graceDays() {
		return graceDays;
	}

	public LocalDate admittedBy() {
		return admittedBy;
	}

	/** Area of focus code → word limit, in the framework's order. */
	Map<String, Integer> questions() {
		return new TreeMap<>(questions);
	}

	int wordLimit(String focusCode) {
		return questions.getOrDefault(focusCode, 0);
	}

	public List<RoundStep> steps() {
		return List.copyOf(steps);
	}

}
