package org.unesco.gnlc.award;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;

import org.jspecify.annotations.Nullable;
import org.unesco.gnlc.shared.security.Actor;
import org.unesco.gnlc.shared.tasklist.SectionProgress;
import org.unesco.gnlc.shared.timeline.CityApplication;
import org.unesco.gnlc.shared.web.RefusedActionException;

/**
 * A city's application for the Award in one cycle. The state machine lives here: each
 * transition guards the state it starts from, is recorded on the timeline (who, when,
 * from, to, comment) and registers an {@link AwardApplicationStateChanged} for whoever
 * acts next. Rules that need more than the application (the quota of a country, the
 * cycle's deadlines, the reviews) are checked by the services that call these methods.
 */
@Entity
class AwardApplication extends CityApplication<AwardApplication, ApplicationState> {

	static final String PROFILE_SECTION = "PROFILE";

	private long cycleId;

	private int year;

	private @Nullable Instant nominatedAt;

	private @Nullable Integer nationalRank;

	private @Nullable String nominationNote;

	@Embedded
	private @Nullable CityProfile profile;

	@ElementCollection
	@CollectionTable(name = "award_answer", joinColumns = @JoinColumn(name = "application_id"))
	@MapKeyColumn(name = "criterion_id")
	@Column(name = "answer")
	private Map<Long, String> answers = new HashMap<>();

	@ElementCollection
	@CollectionTable(name = "award_section", joinColumns = @JoinColumn(name = "application_id"))
	@MapKeyColumn(name = "section")
	private Map<String, SectionProgress> sections = new HashMap<>();

	@OneToMany(cascade = CascadeType.ALL, fetch = FetchType.LAZY)
	@JoinColumn(name = "application_id", nullable = false, updatable = false)
	@OrderBy("at")
	private List<AwardTransition> transitions = new ArrayList<>();

	protected AwardApplication() {
	}

	private AwardApplication(long cityId, String countryCode, Instant now) {
		super(cityId, countryCode, now);
	}

	static String criterionSection(long criterionId) {
		return "CRITERION-" + criterionId;
	}

	/**
	 * A city official starts their city's application, the city section pre-filled for
	 * them.
	 */
	static AwardApplication start(long cycleId, int year, long cityId, String countryCode, CityProfile prefilled,
			Actor official, Instant now) {
		AwardApplication application = new AwardApplication(cityId, countryCode, now);
		application.cycleId = cycleId;
		application.year = year;
		application.profile = prefilled;
		application.record(application.transitions,
				new AwardTransition(null, ApplicationState.DRAFT, official, now, null));
		return application;
	}

	// Answers
	// ----------------------------------------------------------------------------------

	/**
	 * Saves one section. The version is the one the editor saw: if a colleague saved the
	 * section since, the save is refused rather than overwriting their work.
	 */
	void saveSection(String section, long versionSeen, boolean complete, Actor official, Instant now, Runnable change) {
		if (state() != ApplicationState.DRAFT) {
			throw new RefusedActionException("award.error.notEditable");
		}
		if (versionSeen != sectionVersion(section)) {
			throw new RefusedActionException("award.error.sectionChanged");
		}
		change.run();
		sections.put(section, SectionProgress.saved(sections.get(section), complete, official, now));
	}

	void answerProfile(CityProfile answer) {
		this.profile = answer;
	}

	void answer(long criterionId, @Nullable String text) {
		if (text == null || text.isBlank()) {
			answers.remove(criterionId);
		}
		else {
			answers.put(criterionId, text.strip());
		}
	}

	@Nullable SectionProgress progress(String section) {
		return sections.get(section);
	}

	boolean isCompleted(String section) {
		return SectionProgress.isCompleted(sections.get(section));
	}

	long sectionVersion(String section) {
		return SectionProgress.versionOf(sections.get(section));
	}

	/**
	 * The sections still to complete: the city section and one per criterion of the
	 * cycle.
	 */
	List<String> incompleteSections(Collection<Long> criterionIds) {
		List<String> missing = new ArrayList<>();
		if (!isCompleted(PROFILE_SECTION)) {
			missing.add(PROFILE_SECTION);
		}
		for (Long criterionId : criterionIds) {
			if (!isCompleted(criterionSection(criterionId))) {
				missing.add(criterionSection(criterionId));
			}
		}
		return missing;
	}

	/**
	 * A fingerprint of everything the mayor signs. It is printed on the form; a signed
	 * scan counts only for the fingerprint it was uploaded against, so a later change of
	 * the answers asks for a newly signed form.
	 */
	String dataFingerprint() {
		StringBuilder canonical = new StringBuilder();
		canonical.append("cycle=").append(cycleId).append("|city=").append(cityId()).append('|').append(countryCode());
		canonical.append('\n').append(profile()).append('\n').append(new TreeMap<>(answers));
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256")
				.digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

	// Transitions
	// ------------------------------------------------------------------------------

	/**
	 * Sends the application to the country's National Commission. It must be complete,
	 * signed by the mayor for exactly these answers, with the Consent Form, within the
	 * city deadline. The reference is drawn once all of this holds, so that a refusal
	 * uses up no number.
	 */
	void submit(AwardCycle cycle, Collection<Long> criterionIds, @Nullable String signedFingerprint,
			boolean consentFormUploaded, LocalDate today, Supplier<String> newReference, Actor official, Instant now) {
		require(ApplicationState.DRAFT);
		if (!cycle.acceptsApplicationsOn(today)) {
			throw new RefusedActionException("award.error.callClosed");
		}
		if (!incompleteSections(criterionIds).isEmpty()) {
			throw new RefusedActionException("award.error.sectionsIncomplete");
		}
		if (signedFingerprint == null || !signedFingerprint.equals(dataFingerprint())) {
			throw new RefusedActionException("award.error.signatureOutdated");
		}
		if (!consentFormUploaded) {
			throw new RefusedActionException("award.error.consentMissing");
		}
		submitted(newReference, now);
		transition(ApplicationState.SUBMITTED, official, now, null);
	}

	/**
	 * The city takes its application back, at any time before its National Commission
	 * nominates it.
	 */
	void withdraw(Actor official, @Nullable String reason, Instant now) {
		if (!ApplicationState.WITHDRAWABLE.contains(state())) {
			throw new RefusedActionException("award.error.notWithdrawable");
		}
		transition(ApplicationState.WITHDRAWN, official, now, reason);
	}

	/** The National Commission's order of preference among its country's applications. */
	void rank(@Nullable Integer rank) {
		require(ApplicationState.SUBMITTED);
		this.nationalRank = rank;
	}

	/**
	 * The National Commission nominates the city to UIL; the service has checked the
	 * quota.
	 */
	void nominate(String note, Actor endorser, Instant now) {
		require(ApplicationState.SUBMITTED);
		requireComment(note, "award.error.nominationNoteRequired");
		this.nominationNote = note.strip();
		this.nominatedAt = now;
		transition(ApplicationState.NOMINATED, endorser, now, note);
	}

	/** The National Commission does not nominate the city, and tells it why. */
	void decline(String reason, Actor endorser, Instant now) {
		checkDeclinable(reason);
		transition(ApplicationState.NOT_NOMINATED, endorser, now, reason);
	}

	/**
	 * Refuses, before anything is asked or changed, a decline this application cannot
	 * take.
	 */
	void checkDeclinable(String reason) {
		require(ApplicationState.SUBMITTED);
		requireComment(reason, "award.error.reasonRequired");
	}

	/** Left unnominated when the nomination period closes. */
	void lapse(Actor admin, String reason, Instant now) {
		require(ApplicationState.SUBMITTED);
		transition(ApplicationState.NOT_NOMINATED, admin, now, reason);
	}

	void shortlist(Actor reviewer, @Nullable String comment, Instant now) {
		require(ApplicationState.NOMINATED);
		transition(ApplicationState.SHORTLISTED, reviewer, now, comment);
	}

	/** Takes the city off the shortlist again while UIL still reviews. */
	void removeFromShortlist(Actor reviewer, String reason, Instant now) {
		require(ApplicationState.SHORTLISTED);
		requireComment(reason, "award.error.reasonRequired");
		transition(ApplicationState.NOMINATED, reviewer, now, reason);
	}

	/** A nomination not on the shortlist when the jury is convened. */
	void leaveOffShortlist(Actor admin, @Nullable String comment, Instant now) {
		require(ApplicationState.NOMINATED);
		transition(ApplicationState.NOT_SHORTLISTED, admin, now, comment);
	}

	/** UIL records the jury's decision: this city receives the Award. */
	void award(Actor admin, @Nullable String comment, Instant now) {
		require(ApplicationState.SHORTLISTED);
		transition(ApplicationState.AWARDED, admin, now, comment);
	}

	void notAward(Actor admin, @Nullable String comment, Instant now) {
		require(ApplicationState.SHORTLISTED);
		transition(ApplicationState.NOT_AWARDED, admin, now, comment);
	}

	private void require(ApplicationState expected) {
		if (state() != expected) {
			throw new RefusedActionException("award.error.wrongState");
		}
	}

	private static void requireComment(@Nullable String comment, String messageKey) {
		if (comment == null || comment.isBlank()) {
			throw new RefusedActionException(messageKey);
		}
	}

	private void transition(ApplicationState to, Actor actor, Instant now, @Nullable String comment) {
		ApplicationState from = state();
		AwardTransition step = record(transitions, new AwardTransition(from, to, actor, now, comment));
		registerEvent(new AwardApplicationStateChanged(id(), reference(), cycleId, year, cityId(), countryCode(), from,
				to, step.getComment(), transitions.size()));
	}

	// Reading
	// ---------------------------------------------------------------------------------

	long cycleId() {
		return cycleId;
	}

	int year() {
		return year;
	}

	@Nullable Instant nominatedAt() {
		return nominatedAt;
	}

	@Nullable Integer nationalRank() {
		return nationalRank;
	}

	@Nullable String nominationNote() {
		return nominationNote;
	}

	public CityProfile profile() {
		return profile == null ? CityProfile.EMPTY : profile;
	}

	public @Nullable String answerTo(long criterionId) {
		return answers.get(criterionId);
	}

	Map<Long, String> answers() {
		return Map.copyOf(answers);
	}

	public List<AwardTransition> transitions() {
		return List.copyOf(transitions);
	}

	/**
	 * The collections themselves, for the service to load them inside its transaction.
	 */
	Map<Long, String> answersForLoading() {
		return answers;
	}

	List<AwardTransition> transitionsForLoading() {
		return transitions;
	}

}
