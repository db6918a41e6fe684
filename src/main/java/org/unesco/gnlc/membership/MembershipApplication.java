package org.unesco.gnlc.membership;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;

import org.jspecify.annotations.Nullable;
import org.unesco.gnlc.membership.ApplicationData.CityDetails;
import org.unesco.gnlc.membership.ApplicationData.CityProfile;
import org.unesco.gnlc.membership.ApplicationData.ContactPerson;
import org.unesco.gnlc.membership.ApplicationData.Implementation;
import org.unesco.gnlc.membership.ApplicationData.Mayor;
import org.unesco.gnlc.membership.ApplicationData.Pledge;
import org.unesco.gnlc.shared.security.Actor;
import org.unesco.gnlc.shared.security.Role;
import org.unesco.gnlc.shared.tasklist.SectionProgress;
import org.unesco.gnlc.shared.timeline.CityApplication;
import org.unesco.gnlc.shared.web.RefusedActionException;

/**
 * A city's application to join the network. The state machine lives here: each transition
 * guards the state it starts from, is recorded on the timeline (who, when, from, to,
 * comment) and registers an event for whoever acts next.
 */
@Entity
class MembershipApplication extends CityApplication<MembershipApplication, ApplicationState> {

	private @Nullable Long callId;

	private @Nullable Instant decidedAt;

	@Embedded
	private @Nullable CityDetails cityDetails;

	@Embedded
	private @Nullable Mayor mayor;

	@Embedded
	private @Nullable ContactPerson contact;

	@Embedded
	private @Nullable Pledge pledge;

	@Embedded
	private @Nullable CityProfile profile;

	private @Nullable String motivation;

	@Embedded
	private @Nullable Implementation implementation;

	@ElementCollection
	@CollectionTable(name = "membership_challenge_rating", joinColumns = @JoinColumn(name = "application_id"))
	@MapKeyColumn(name = "challenge_id")
	@Column(name = "rating")
	private Map<Long, Integer> ratings = new HashMap<>();

	@ElementCollection
	@CollectionTable(name = "membership_section", joinColumns = @JoinColumn(name = "application_id"))
	@MapKeyColumn(name = "section")
	@MapKeyEnumerated(EnumType.STRING)
	private Map<Section, SectionProgress> sections = new EnumMap<>(Section.class);

	@OneToMany(cascade = CascadeType.ALL, fetch = FetchType.LAZY)
	@JoinColumn(name = "application_id", nullable = false, updatable = false)
	@OrderBy("at")
	private List<Transition> transitions = new ArrayList<>();

	@Enumerated(EnumType.STRING)
	private @Nullable Recommendation recommendation;

	private @Nullable String recommendationNote;

	enum Recommendation {

		RECOMMENDED, NOT_RECOMMENDED

	}

	protected MembershipApplication() {
	}

	private MembershipApplication(long cityId, String countryCode, Instant now) {
		super(cityId, countryCode, now);
	}

	/** A city official starts their city's application; the city's name is filled in. */
	static MembershipApplication start(long cityId, String cityName, String countryCode, Actor official, Instant now) {
		MembershipApplication application = new MembershipApplication(cityId, countryCode, now);
		application.cityDetails = new CityDetails(cityName, null);
		application.record(application.transitions, new Transition(null, ApplicationState.DRAFT, official, now, null));
		return application;
	}

	// Answers
	// ----------------------------------------------------------------------------------

	/**
	 * Saves one section's answers. The version is the one the editor saw: if someone
	 * saved the section since, the save is refused rather than overwriting their work.
	 * Saving a returned application takes it back into the city's hands (RETURNED →
	 * DRAFT).
	 */
	void saveSection(Section section, long versionSeen, boolean complete, Actor official, Instant now,
			Runnable change) {
		if (!state().isEditableByCity()) {
			throw new RefusedActionException("membership.error.notEditable");
		}
		if (versionSeen != sectionVersion(section)) {
			throw new SectionConflictException(section);
		}
		if (state() == ApplicationState.RETURNED) {
			transition(ApplicationState.DRAFT, official, now, null);
		}
		change.run();
		sections.put(section, SectionProgress.saved(sections.get(section), complete, official, now));
	}

	void answerCity(CityDetails details) {
		this.cityDetails = details;
	}

	void answerMayor(Mayor answer) {
		this.mayor = answer;
	}

	void answerContact(ContactPerson answer) {
		this.contact = answer;
	}

	void answerPledge(Pledge answer) {
		this.pledge = answer;
	}

	void answerProfile(CityProfile answer) {
		this.profile = answer;
	}

	void answerMotivation(@Nullable String answer) {
		this.motivation = answer;
	}

	void answerImplementation(Implementation answer) {
		this.implementation = answer;
	}

	void answerChallenges(Map<Long, Integer> answer) {
		ratings.clear();
		ratings.putAll(answer);
	}

	SectionStatus status(Section section) {
		SectionProgress progress = sections.get(section);
		if (progress == null) {
			return SectionStatus.NOT_STARTED;
		}
		return progress.completed() ? SectionStatus.COMPLETED : SectionStatus.IN_PROGRESS;
	}

	long sectionVersion(Section section) {
		return SectionProgress.versionOf(sections.get(section));
	}

	boolean allSectionsCompleted() {
		for (Section section : Section.values()) {
			if (status(section) != SectionStatus.COMPLETED) {
				return false;
			}
		}
		return true;
	}

	/**
	 * A fingerprint of everything the mayor signs. It is printed on the form; a signed
	 * scan counts only for the fingerprint it was uploaded against, so any later change
	 * of the answers asks for a newly signed form. It hashes the explicit, versioned
	 * canonical form of the answers that {@link SignedAnswers} writes.
	 */
	String dataFingerprint() {
		return SignedAnswers.fingerprint(this);
	}

	// Transitions
	// ------------------------------------------------------------------------------

	/**
	 * Sends the completed, signed application to the National Commission (and UIL sees
	 * it). A first submission draws its reference once every check has passed, so that a
	 * refusal uses up no number; a resubmission keeps the reference it has.
	 */
	void submit(MembershipCall call, @Nullable String signedFingerprint, LocalDate today, Supplier<String> newReference,
			Actor official, Instant now) {
		if (state() != ApplicationState.DRAFT && state() != ApplicationState.RETURNED) {
			throw new RefusedActionException("membership.error.alreadySubmitted");
		}
		if (!call.isOpenOn(today)) {
			throw new RefusedActionException("membership.error.callClosed");
		}
		if (!allSectionsCompleted()) {
			throw new RefusedActionException("membership.error.sectionsIncomplete");
		}
		if (signedFingerprint == null || !signedFingerprint.equals(dataFingerprint())) {
			throw new RefusedActionException("membership.error.signatureOutdated");
		}
		this.callId = call.id();
		submitted(newReference, now);
		transition(ApplicationState.SUBMITTED, official, now, null);
	}

	void endorse(Actor endorser, @Nullable String comment, Instant now) {
		require(ApplicationState.SUBMITTED);
		transition(ApplicationState.ENDORSED, endorser, now, comment);
	}

	/**
	 * Refuses the decision unless the application is where it can be taken: the National
	 * Commission returns or declines before endorsing, UIL returns, approves (once the
	 * experts' recommendation is recorded) or does not admit after; every decision but
	 * approval says why.
	 */
	void check(Decision decision, Actor actor, @Nullable String comment) {
		switch (decision) {
			case RETURN ->
				require(actor.role() == Role.NATCOM_ENDORSER ? ApplicationState.SUBMITTED : ApplicationState.ENDORSED);
			case DECLINE -> require(ApplicationState.SUBMITTED);
			case APPROVE, REJECT -> require(ApplicationState.ENDORSED);
		}
		if (decision == Decision.APPROVE) {
			if (recommendation == null) {
				throw new RefusedActionException("membership.error.recommendationMissing");
			}
		}
		else if (comment == null || comment.isBlank()) {
			throw new RefusedActionException("membership.error.commentRequired");
		}
	}

	/**
	 * The National Commission (before endorsing) or UIL (after) sends it back with what
	 * to change.
	 */
	void returnForChanges(Actor actor, String comment, Instant now) {
		check(Decision.RETURN, actor, comment);
		transition(ApplicationState.RETURNED, actor, now, comment);
	}

	void decline(Actor endorser, String reason, Instant now) {
		check(Decision.DECLINE, endorser, reason);
		this.decidedAt = now;
		transition(ApplicationState.NOT_ENDORSED, endorser, now, reason);
	}

	void recordRecommendation(Recommendation newRecommendation, @Nullable String note, Actor reviewer, Instant now) {
		require(ApplicationState.ENDORSED);
		String cleanNote = note == null || note.isBlank() ? null : note.strip();
		if (newRecommendation == recommendation && Objects.equals(cleanNote, recommendationNote)) {
			return;
		}
		this.recommendation = newRecommendation;
		this.recommendationNote = cleanNote;
		record(transitions, Transition.recommendation(state(), newRecommendation, reviewer, now, cleanNote));
	}

	void approve(Actor reviewer, @Nullable String comment, Instant now) {
		check(Decision.APPROVE, reviewer, comment);
		this.decidedAt = now;
		transition(ApplicationState.APPROVED, reviewer, now, comment);
	}

	void reject(Actor reviewer, String reason, Instant now) {
		check(Decision.REJECT, reviewer, reason);
		this.decidedAt = now;
		transition(ApplicationState.REJECTED, reviewer, now, reason);
	}

	/** The city takes its application back at any time before a decision on it. */
	void withdraw(Actor official, @Nullable String reason, Instant now) {
		if (!state().isOpen()) {
			throw new RefusedActionException("membership.error.notWithdrawable");
		}
		this.decidedAt = now;
		transition(ApplicationState.WITHDRAWN, official, now, reason);
	}

	private void require(ApplicationState expected) {
		if (state() != expected) {
			throw new RefusedActionException("membership.error.wrongState");
		}
	}

	private void transition(ApplicationState to, Actor actor, Instant now, @Nullable String comment) {
		ApplicationState from = state();
		Transition step = record(transitions, new Transition(from, to, actor, now, comment));
		registerEvent(new MembershipApplicationStateChanged(id(), reference(), cityId(), cityName(), countryCode(),
				from, to, step.getComment(), transitions.size()));
	}

	// Reading
	// ---------------------------------------------------------------------------------

	@Nullable Long callId() {
		return callId;
	}

	String cityName() {
		return cityDetails == null || cityDetails.cityName() == null ? "" : cityDetails.cityName();
	}

	public CityDetails cityDetails() {
		return cityDetails == null ? new CityDetails(null, null) : cityDetails;
	}

	public Mayor mayor() {
		return mayor == null ? new Mayor(null, null, null) : mayor;
	}

	public ContactPerson contact() {
		return contact == null ? new ContactPerson(null, null, null, null, null, null, null) : contact;
	}

	public Pledge pledge() {
		return pledge == null ? new Pledge(null, null) : pledge;
	}

	public CityProfile profile() {
		return profile == null ? new CityProfile(null, null, null, null, null, null, null, null, null, null, null, null)
				: profile;
	}

	public @Nullable String motivation() {
		return motivation;
	}

	public Implementation implementation() {
		return implementation == null ? new Implementation(null, null) : implementation;
	}

	Map<Long, Integer> ratings() {
		return Map.copyOf(ratings);
	}

	@Nullable Recommendation recommendation() {
		return recommendation;
	}

	@Nullable String recommendationNote() {
		return recommendationNote;
	}

	public List<Transition> transitions() {
		return List.copyOf(transitions);
	}

	/**
	 * The collections themselves, for the service to load them inside its transaction.
	 */
	Map<Long, Integer> ratingsForLoading() {
		return ratings;
	}

	List<Transition> transitionsForLoading() {
		return transitions;
	}

}
