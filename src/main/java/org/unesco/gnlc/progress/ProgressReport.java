package org.unesco.gnlc.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;

import org.jspecify.annotations.Nullable;
import org.unesco.gnlc.shared.security.Actor;
import org.unesco.gnlc.shared.tasklist.SectionProgress;
import org.unesco.gnlc.shared.timeline.AggregateWithTimeline;
import org.unesco.gnlc.shared.web.RefusedActionException;
import org.unesco.gnlc.shared.web.StaleEditException;
import org.unesco.gnlc.shared.web.WordLimit;

/**
 * A member city's report in a round. The state machine lives here: DRAFT → SUBMITTED →
 * ACCEPTED, or SUBMITTED → RETURNED → SUBMITTED. Each transition guards the state it
 * starts from, is recorded on the timeline and registers an event. Sections (one per area
 * of focus, the statistics, the links) are saved and versioned on their own.
 */
@Entity
class ProgressReport extends AggregateWithTimeline<ProgressReport, ReportState> {

	static final String STATISTICS = "statistics";

	static final String LINKS = "links";

	private long roundId;

	private long cityId;

	@Column(columnDefinition = "bpchar(2)")
	private String countryCode;

	private String cityName;

	private Instant createdAt;

	private @Nullable Instant submittedAt;

	private @Nullable Instant acceptedAt;

	private @Nullable String links;

	private @Nullable String reviewMessage;

	private @Nullable String internalNotes;

	private @Nullable String highlights;

	private boolean highlightsPublished;

	@ElementCollection
	@CollectionTable(name = "progress_section", joinColumns = @JoinColumn(name = "report_id"))
	@MapKeyColumn(name = "section")
	private Map<String, SectionProgress> sections = new HashMap<>();

	@ElementCollection
	@CollectionTable(name = "progress_answer", joinColumns = @JoinColumn(name = "report_id"))
	@MapKeyColumn(name = "focus_code")
	@Column(name = "answer")
	private Map<String, String> answers = new HashMap<>();

	@ElementCollection
	@CollectionTable(name = "progress_judgement", joinColumns = @JoinColumn(name = "report_id"))
	@MapKeyColumn(name = "focus_code")
	@Column(name = "judgement")
	@Enumerated(EnumType.STRING)
	private Map<String, Judgement> judgements = new HashMap<>();

	@ElementCollection
	@CollectionTable(name = "progress_statistic", joinColumns = @JoinColumn(name = "report_id"))
	@OrderColumn(name = "position")
	private List<Statistic> statistics = new ArrayList<>();

	@OneToMany(cascade = CascadeType.ALL, fetch = FetchType.LAZY)
	@JoinColumn(name = "report_id", nullable = false, updatable = false)
	@OrderBy("at")
	private List<ReportTransition> transitions = new ArrayList<>();

	protected ProgressReport() {
	}

	/** A member due to report in a round (created when the round opens). */
	static ProgressReport due(long roundId, long cityId, String cityName, String countryCode, Actor admin,
			Instant now) {
		ProgressReport report = new ProgressReport();
		report.roundId = roundId;
		report.cityId = cityId;
		report.cityName = cityName;
		report.countryCode = countryCode;
		report.createdAt = now;
		report.record(report.transitions, new ReportTransition(null, ReportState.DRAFT, admin, now, null));
		return report;
	}

	// The city's answers
	// --------------------------------------------------------------------

	/**
	 * Saves the answer for one area of focus, unless someone saved it since the editor
	 * opened it.
	 */
	void answer(String focusCode, @Nullable String text, long versionSeen, boolean complete, Actor official,
			Instant now) {
		saveSection(focusCode, versionSeen, complete, official, now);
		if (text == null || text.isBlank()) {
			answers.remove(focusCode);
		}
		else {
			answers.put(focusCode, text.strip());
		}
	}

	void reportStatistics(List<Statistic> figures, long versionSeen, boolean complete, Actor official, Instant now) {
		saveSection(STATISTICS, versionSeen, complete, official, now);
		statistics.clear();
		statistics.addAll(figures);
	}

	void link(@Nullable String videoLinks, long versionSeen, boolean complete, Actor official, Instant now) {
		saveSection(LINKS, versionSeen, complete, official, now);
		this.links = videoLinks == null || videoLinks.isBlank() ? null : videoLinks.strip();
	}

	private void saveSection(String section, long versionSeen, boolean complete, Actor official, Instant now) {
		requireEditable();
		if (versionSeen != sectionVersion(section)) {
			throw new StaleEditException("The section " + section);
		}
		sections.put(section, SectionProgress.saved(sections.get(section), complete, official, now));
	}

	void requireEditable() {
		if (!state().isEditableByCity()) {
			throw new RefusedActionException("progress.error.notEditable");
		}
	}

	long sectionVersion(String section) {
		return SectionProgress.versionOf(sections.get(section));
	}

	boolean isCompleted(String section) {
		return SectionProgress.isCompleted(sections.get(section));
	}

	@Nullable SectionProgress section(String section) {
		return sections.get(section);
	}

	/** The areas of focus of the round still to complete, or over their word limit. */
	List<String> missing(ProgressRound round) {
		List<String> missing = new ArrayList<>();
		round.questions().forEach((focus, limit) -> {
			if (!isCompleted(focus) || WordLimit.Validator.count(answers.get(focus)) > limit) {
				missing.add(focus);
			}
		});
		return missing;
	}

	// Transitions
	// -----------------------------------------------------------------------------

	/** Sends the report to UIL: first time from a draft, again after UIL returned it. */
	void submit(ProgressRound round, LocalDate today, Actor official, Instant now) {
		if (state().isIn()) {
			throw new RefusedActionException("progress.error.alreadySubmitted");
		}
		if (!round.acceptsReportsOn(today)) {
			throw new RefusedActionException("progress.error.roundNotOpen");
		}
		List<String> missing = missing(round);
		if (!missing.isEmpty()) {
			throw new RefusedActionException("progress.error.sectionsIncomplete", String.join(", ", missing));
		}
		this.submittedAt = now;
		transition(ReportState.SUBMITTED, official, now, null);
	}

	/**
	 * UIL's review: a judgement per area of focus, a message for the city and internal
	 * notes.
	 */
	void review(Map<String, Judgement> judged, @Nullable String message, @Nullable String notes, long versionSeen) {
		if (state() != ReportState.SUBMITTED) {
			throw new RefusedActionException("progress.error.wrongState");
		}
		if (versionSeen != version()) {
			throw new StaleEditException("The report");
		}
		judgements.clear();
		judgements.putAll(judged);
		this.reviewMessage = clean(message);
		this.internalNotes = clean(notes);
	}

	void accept(ProgressRound round, Actor reviewer, @Nullable String comment, Instant now) {
		require(ReportState.SUBMITTED);
		if (!judgements.keySet().containsAll(round.questions().keySet())) {
			throw new RefusedActionException("progress.error.judgementsMissing");
		}
		this.acceptedAt = now;
		transition(ReportState.ACCEPTED, reviewer, now, comment);
	}

	void returnForCompletion(Actor reviewer, @Nullable String reasons, Instant now) {
		require(ReportState.SUBMITTED);
		if (reasons == null || reasons.isBlank()) {
			throw new RefusedActionException("progress.error.reasonRequired");
		}
		transition(ReportState.RETURNED, reviewer, now, reasons);
	}

	/**
	 * The city chooses highlights of its accepted report to show on its public profile.
	 */
	void publishHighlights(@Nullable String text, boolean publish) {
		require(ReportState.ACCEPTED);
		if (publish && (text == null || text.isBlank())) {
			throw new RefusedActionException("progress.error.highlightsEmpty");
		}
		this.highlights = clean(text);
		this.highlightsPublished = publish;
	}

	private void require(ReportState expected) {
		if (state() != expected) {
			throw new RefusedActionException("progress.error.wrongState");
		}
	}

	private void transition(ReportState to, Actor actor, Instant now, @Nullable String comment) {
		ReportState from = state();
		String cleanComment = clean(comment);
		record(transitions, new ReportTransition(from, to, actor, now, cleanComment));
		registerEvent(new ReportStateChanged(id(), cityId, cityName, countryCode, from, to, cleanComment,
				transitions.size()));
	}

	private static @Nullable String clean(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	// Reading
	// ---------------------------------------------------------------------------------

	long roundId() {
		return roundId;
	}

	long cityId() {
		return cityId;
	}

	String countryCode() {
		return countryCode;
	}

	public String cityName() {
		return cityName;
	}

	public @Nullable Instant submittedAt() {
		return submittedAt;
	}

	public @Nullable Instant acceptedAt() {
		return acceptedAt;
	}

	public @Nullable String links() {
		return links;
	}

	public @Nullable String reviewMessage() {
		return reviewMessage;
	}

	@Nullable String internalNotes() {
		return internalNotes;
	}

	public @Nullable String highlights() {
		return highlights;
	}

	public boolean highlightsPublished() {
		return highlightsPublished;
	}

	public @Nullable String answer(String focusCode) {
		return answers.get(focusCode);
	}

	Map<String, String> answers() {
		return answers;
	}

	public @Nullable Judgement judgement(String focusCode) {
		return judgements.get(focusCode);
	}

	Map<String, Judgement> judgements() {
		return Map.copyOf(judgements);
	}

	public List<Statistic> statistics() {
		return List.copyOf(statistics);
	}

	public List<ReportTransition> transitions() {
		return List.copyOf(transitions);
	}

	/**
	 * The collections themselves, for the service to load them inside its transaction.
	 */
	Map<String, Judgement> judgementsForLoading() {
		return judgements;
	}

	List<Statistic> statisticsForLoading() {
		return statistics;
	}

	List<ReportTransition> transitionsForLoading() {
		return transitions;
	}

}
