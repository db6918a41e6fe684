package org.unesco.gnlc.membership;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.hibernate.Hibernate;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.unesco.gnlc.city.Cities;
import org.unesco.gnlc.city.CityInfo;
import org.unesco.gnlc.membership.ApplicationDocuments.Kind;
import org.unesco.gnlc.membership.MembershipApplication.Recommendation;
import org.unesco.gnlc.shared.files.CheckedFile;
import org.unesco.gnlc.shared.files.DocumentContent;
import org.unesco.gnlc.shared.files.FileKind;
import org.unesco.gnlc.shared.files.StoredDocument;
import org.unesco.gnlc.shared.files.UploadedFiles;
import org.unesco.gnlc.shared.numbering.ReferenceNumbers;
import org.unesco.gnlc.shared.security.Actor;
import org.unesco.gnlc.shared.security.PortalUser;
import org.unesco.gnlc.shared.security.Role;
import org.unesco.gnlc.shared.web.RefusedActionException;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;

/**
 * Everything people do with membership applications, each action checked against the
 * person's scope: officials act for their own city, endorsers for their own country, UIL
 * for all submitted applications. Out of scope is refused (403), whatever the route.
 */
@Service
@Transactional
@RequiredArgsConstructor
class MembershipApplications {

	static final DataSize LARGEST_UPLOAD = UploadedFiles.LARGEST;

	/**
	 * Applications a National Commission has forwarded to UIL in a call (they count
	 * against its limit).
	 */
	static final EnumSet<ApplicationState> FORWARDED = EnumSet.of(ApplicationState.ENDORSED, ApplicationState.APPROVED,
			ApplicationState.REJECTED);

	/** GNLC-2026-0042: membership references, numbered across years. */
	static final ReferenceNumbers.Series REFERENCES = new ReferenceNumbers.Series("GNLC", "membership_reference_seq");

	private final MembershipApplicationRepository applications;

	private final MembershipCallRepository calls;

	private final ApplicationCommentRepository comments;

	private final ApplicationDocuments documents;

	private final UploadedFiles uploads;

	private final ReferenceNumbers referenceNumbers;

	private final Cities cities;

	private final Clock clock;

	// The city
	// ---------------------------------------------------------------------------------

	@Transactional(readOnly = true)
	Optional<MembershipApplication> openApplicationOf(PortalUser official) {
		return applications.findByCityInStates(cityOf(official), ApplicationState.OPEN);
	}

	/** The official's city if it is already a member of the network. */
	@Transactional(readOnly = true)
	Optional<CityInfo> memberCityOf(PortalUser official) {
		return cities.byId(cityOf(official)).filter(CityInfo::isMember);
	}

	@Transactional(readOnly = true)
	List<ApplicationSummary> historyOf(PortalUser official) {
		return applications.historyOfCity(cityOf(official));
	}

	long start(PortalUser official) {
		long cityId = cityOf(official);
		if (applications.findByCityInStates(cityId, ApplicationState.OPEN).isPresent()) {
			throw new RefusedActionException("membership.error.alreadyOpen");
		}
		CityInfo city = cities.byId(cityId).orElseThrow();
		if (city.isMember()) {
			throw new RefusedActionException("membership.error.alreadyMember", city.memberSince());
		}
		try {
			return applications
				.saveAndFlush(
						MembershipApplication.start(cityId, city.name(), city.countryCode(), Actor.of(official), now()))
				.id();
		}
		catch (DataIntegrityViolationException raced) {
			// Another official of the city started one at the same moment: theirs stands.
			throw new RefusedActionException("membership.error.alreadyOpen");
		}
	}

	void saveSection(PortalUser official, long id, long versionSeen, boolean complete, SectionAnswer answer) {
		MembershipApplication application = forCity(official, id);
		application.saveSection(answer.section(), versionSeen, complete, Actor.of(official), now(),
				() -> answer.applyTo(application));
		applications.save(application);
	}

	void uploadSignedForm(PortalUser official, long id, MultipartFile upload) {
		MembershipApplication application = forCity(official, id);
		if (!application.state().isEditableByCity()) {
			throw new RefusedActionException("membership.error.notEditable");
		}
		if (!application.allSectionsCompleted()) {
			throw new RefusedActionException("membership.error.sectionsIncomplete");
		}
		CheckedFile file = uploads.check(upload, FileKind.SCANS, LARGEST_UPLOAD);
		documents.store(id, Kind.SIGNED_FORM, file, application.dataFingerprint(), now(), official.fullName());
	}

	/** Submits to the National Commission; answers the reference number. */
	String submit(PortalUser official, long id) {
		MembershipApplication application = forCity(official, id);
		LocalDate today = LocalDate.now(clock);
		MembershipCall call = calls.openOn(today)
			.stream()
			.findFirst()
			.orElseThrow(() -> new RefusedActionException("membership.error.callClosed"));
		String signed = documents.latest(id, Kind.SIGNED_FORM).map(StoredDocument::dataFingerprint).orElse(null);
		application.submit(call, signed, today, referenceNumbers.next(REFERENCES, today.getYear()), Actor.of(official),
				now());
		applications.save(application);
		return application.reference();
	}

	void withdraw(PortalUser official, long id, @Nullable String reason) {
		MembershipApplication application = forCity(official, id);
		application.withdraw(Actor.of(official), reason, now());
		applications.save(application);
	}

	// The National Commission
	// ------------------------------------------------------------------

	@Transactional(readOnly = true)
	Page<ApplicationSummary> endorsementQueue(PortalUser endorser, boolean decided, Pageable page) {
		if (!endorser.is(Role.NATCOM_ENDORSER) || endorser.countryCode() == null) {
			throw new AccessDeniedException("Only a National Commission endorses");
		}
		EnumSet<ApplicationState> states = decided
				? EnumSet.of(ApplicationState.ENDORSED, ApplicationState.NOT_ENDORSED, ApplicationState.APPROVED,
						ApplicationState.REJECTED, ApplicationState.RETURNED, ApplicationState.WITHDRAWN)
				: EnumSet.of(ApplicationState.SUBMITTED);
		return applications.queueOfCountry(endorser.countryCode(), states, page);
	}

	void endorse(PortalUser endorser, long id, @Nullable String comment, @Nullable MultipartFile letter) {
		MembershipApplication application = forEndorser(endorser, id);
		if (application.state() != ApplicationState.SUBMITTED) {
			throw new RefusedActionException("membership.error.wrongState");
		}
		// Serialises endorsements of the call: the per-country limit holds however many
		// click at once.
		MembershipCall call = calls.lockById(application.callId()).orElseThrow();
		long forwarded = applications.countForwarded(call.id(), application.countryCode(), FORWARDED);
		if (forwarded >= call.perCountryLimit()) {
			throw new RefusedActionException("membership.error.countryLimit", call.perCountryLimit());
		}
		if (letter != null && !letter.isEmpty()) {
			CheckedFile file = uploads.check(letter, FileKind.SCANS, LARGEST_UPLOAD);
			documents.store(id, Kind.ENDORSEMENT_LETTER, file, null, now(), endorser.fullName());
		}
		application.endorse(Actor.of(endorser), comment, now());
		applications.saveAndFlush(application);
	}

	/**
	 * The application, if this person may take that decision on it now (scope, state,
	 * reason); refused otherwise. Nothing changes: it is what the confirmation page asks
	 * about.
	 */
	@Transactional(readOnly = true)
	MembershipApplication checkDecision(PortalUser user, long id, Decision decision, @Nullable String comment) {
		boolean national = decision == Decision.DECLINE || decision == Decision.RETURN && !user.isSecretariat();
		MembershipApplication application = national ? forEndorser(user, id) : forSecretariat(user, id);
		application.check(decision, Actor.of(user), comment);
		return application;
	}

	/**
	 * A confirmed decision: the National Commission's return or decline, UIL's return,
	 * approval or "do not admit". Only the approval may go without a comment.
	 */
	void decide(PortalUser user, long id, Decision decision, @Nullable String comment) {
		String text = comment == null ? "" : comment;
		switch (decision) {
			case RETURN -> returnForChanges(user, id, text);
			case DECLINE -> decline(user, id, text);
			case APPROVE -> approve(user, id, comment);
			case REJECT -> reject(user, id, text);
		}
	}

	private void returnForChanges(PortalUser actor, long id, String comment) {
		MembershipApplication application = actor.isSecretariat() ? forSecretariat(actor, id) : forEndorser(actor, id);
		application.returnForChanges(Actor.of(actor), comment, now());
		applications.save(application);
	}

	private void decline(PortalUser endorser, long id, String reason) {
		MembershipApplication application = forEndorser(endorser, id);
		application.decline(Actor.of(endorser), reason, now());
		applications.save(application);
	}

	// UIL
	// -----------------------------------------------------------------------------------------

	@Transactional(readOnly = true)
	Page<ApplicationSummary> decisionQueue(PortalUser reviewer, boolean decided, @Nullable Long callId,
			@Nullable String countryCode, Pageable page) {
		if (!reviewer.isSecretariat()) {
			throw new AccessDeniedException("Only UIL decides on membership");
		}
		EnumSet<ApplicationState> states = decided ? EnumSet.of(ApplicationState.APPROVED, ApplicationState.REJECTED)
				: EnumSet.of(ApplicationState.ENDORSED);
		return applications.queue(states, callId, countryCode == null ? null : countryCode.toUpperCase(Locale.ROOT),
				page);
	}

	@Transactional(readOnly = true)
	Page<ApplicationSummary> submittedAwaitingNationalCommissions(PortalUser reviewer, Pageable page) {
		if (!reviewer.isSecretariat()) {
			throw new AccessDeniedException("Only UIL follows every country");
		}
		return applications.queue(EnumSet.of(ApplicationState.SUBMITTED), null, null, page);
	}

	void recordRecommendation(PortalUser reviewer, long id, Recommendation recommendation, @Nullable String note) {
		MembershipApplication application = forSecretariat(reviewer, id);
		application.recordRecommendation(recommendation, note, Actor.of(reviewer), now());
		applications.save(application);
	}

	private void approve(PortalUser reviewer, long id, @Nullable String comment) {
		MembershipApplication application = forSecretariat(reviewer, id);
		application.approve(Actor.of(reviewer), comment, now());
		applications.save(application);
		cities.admit(application.cityId(), LocalDate.now(clock));
		cities.carryFromApplication(application.cityId(), ProfileAnswers.of(application), reviewer, now());
	}

	private void reject(PortalUser reviewer, long id, String reason) {
		MembershipApplication application = forSecretariat(reviewer, id);
		application.reject(Actor.of(reviewer), reason, now());
		applications.save(application);
	}

	// Everyone involved
	// --------------------------------------------------------------------------

	/** The application as this person may read it; 403 for anyone outside its scope. */
	@Transactional(readOnly = true)
	MembershipApplication forReading(PortalUser user, long id) {
		MembershipApplication application = load(id);
		if (!maySee(user, application)) {
			throw new AccessDeniedException("Not within this person's scope");
		}
		return application;
	}

	@Transactional(readOnly = true)
	List<ApplicationComment> thread(PortalUser user, long id) {
		forReading(user, id);
		return comments.thread(id, user.isSecretariat());
	}

	@Transactional(readOnly = true)
	List<StoredDocument<Kind>> documentsOf(PortalUser user, long id) {
		forReading(user, id);
		return documents.of(id);
	}

	@Transactional(readOnly = true)
	DocumentContent download(PortalUser user, long id, long documentId) {
		forReading(user, id);
		return documents.download(id, documentId);
	}

	void comment(PortalUser user, long id, String body, boolean internal) {
		forReading(user, id);
		if (body == null || body.isBlank()) {
			throw new RefusedActionException("membership.error.commentRequired");
		}
		comments
			.save(new ApplicationComment(id, Actor.of(user), body.strip(), internal && user.isSecretariat(), now()));
	}

	@Transactional(readOnly = true)
	Map<String, Long> countsByState(PortalUser user) {
		List<Object[]> rows = user.is(Role.NATCOM_ENDORSER) && user.countryCode() != null
				? applications.countByStateInCountry(user.countryCode()) : applications.countByState();
		return rows.stream().collect(Collectors.toMap(row -> ((ApplicationState) row[0]).name(), row -> (Long) row[1]));
	}

	private static boolean maySee(PortalUser user, MembershipApplication application) {
		if (user.actsForCity(application.cityId())) {
			return true;
		}
		boolean submitted = application.submittedAt() != null;
		return submitted && (user.endorsesFor(application.countryCode()) || user.isSecretariat());
	}

	MembershipApplication forCity(PortalUser official, long id) {
		MembershipApplication application = load(id);
		if (!official.actsForCity(application.cityId())) {
			throw new AccessDeniedException("Only the city's officials act for it");
		}
		return application;
	}

	private MembershipApplication forEndorser(PortalUser endorser, long id) {
		MembershipApplication application = load(id);
		if (!endorser.endorsesFor(application.countryCode()) || application.submittedAt() == null) {
			throw new AccessDeniedException("Only the National Commission of the city's country endorses");
		}
		return application;
	}

	private MembershipApplication forSecretariat(PortalUser reviewer, long id) {
		MembershipApplication application = load(id);
		if (!reviewer.isSecretariat() || application.submittedAt() == null) {
			throw new AccessDeniedException("Only UIL decides");
		}
		return application;
	}

	/**
	 * The application with all a page shows of it: sections, ratings and timeline
	 * (bounded queries).
	 */
	private MembershipApplication load(long id) {
		MembershipApplication application = applications.findWithSections(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		Hibernate.initialize(application.ratingsForLoading());
		Hibernate.initialize(application.transitionsForLoading());
		return application;
	}

	private static long cityOf(PortalUser official) {
		if (!official.is(Role.CITY_OFFICIAL) || official.cityId() == null) {
			throw new AccessDeniedException("Only a city official applies for their city");
		}
		return official.cityId();
	}

	private Instant now() {
		return clock.instant();
	}

}
