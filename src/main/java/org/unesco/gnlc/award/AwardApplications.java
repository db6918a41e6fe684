package org.unesco.gnlc.award;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.unesco.gnlc.city.Cities;
import org.unesco.gnlc.city.CityInfo;
import org.unesco.gnlc.membership.MembershipRecord;
import org.unesco.gnlc.membership.MembershipRecords;
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
import org.unesco.gnlc.shared.web.WordLimit;

/**
 * The city's side of the Award: which open cycles it may apply to and why not, starting
 * an application (checked again here, never trusting the page), saving its sections, the
 * signed form, the Consent Form, the additional materials and links, submitting and
 * withdrawing. Every action goes through {@link ApplicationAccess}: an official acts for
 * their own city only.
 */
@Service
@Transactional
@RequiredArgsConstructor
class AwardApplications {

	static final DataSize LARGEST_UPLOAD = UploadedFiles.LARGEST;

	/**
	 * Additional materials may be any kind the portal accepts: PDF, images, Word
	 * documents.
	 */
	/**
	 * Documents for the jury to read: never a table of data, which any plain text would
	 * pass for.
	 */
	static final Set<FileKind> MATERIAL_KINDS = FileKind.DOCUMENTS;

	static final int MOST_MATERIALS = 20;

	static final int MOST_LINKS = 30;

	/** LCA-2027-0001: the Award's references, numbered across cycles. */
	static final ReferenceNumbers.Series REFERENCES = new ReferenceNumbers.Series("LCA",
			"award_application_reference_seq");

	/** A cycle whose call is open, as the city sees it before starting. */
	record Offer(AwardCycleInfo cycle, Eligibility eligibility, boolean acceptsApplications,
			@Nullable Long applicationId, @Nullable ApplicationState applicationState) {

		public boolean canStart() {
			return applicationId == null && acceptsApplications && eligibility.isEligible();
		}

	}

	/** The outcome of a start: the application, and whether it existed already. */
	record Started(long id, boolean existing) {
	}

	private final AwardApplicationRepository applications;

	private final AwardCycleRepository cycles;

	private final CriterionRepository criteria;

	private final ApplicationAccess access;

	private final AwardEligibility eligibility;

	private final AwardDocuments documents;

	private final AwardLinks links;

	private final UploadedFiles uploads;

	private final ReferenceNumbers referenceNumbers;

	private final Cities cities;

	private final MembershipRecords membership;

	private final Clock clock;

	// Reading
	// -----------------------------------------------------------------------------------

	/**
	 * The application with its sections, answers and timeline, as this person may read it
	 * (403 otherwise).
	 */
	@Transactional(readOnly = true)
	AwardApplication forReading(PortalUser user, long id) {
		return access.forReading(user, id);
	}

	/** The application for one of its city's officials (403 for anyone else). */
	@Transactional(readOnly = true)
	AwardApplication forCity(PortalUser official, long id) {
		return access.forCity(official, id);
	}

	// Before starting
	// -----------------------------------------------------------------------------

	/**
	 * The cycles whose call is open now, each with the city's eligibility and its
	 * application if any.
	 */
	@Transactional(readOnly = true)
	List<Offer> offersFor(PortalUser official, Locale locale) {
		long cityId = cityOf(official);
		LocalDate today = today();
		List<Offer> offers = new ArrayList<>();
		for (AwardCycle cycle : openCycles()) {
			Optional<AwardApplication> current = applications.findCurrent(cycle.id(), cityId);
			offers.add(new Offer(cycle.info(locale, 0), eligibility.of(cityId, cycle),
					cycle.acceptsApplicationsOn(today), current.map(AwardApplication::id).orElse(null),
					current.map(application -> application.state().seenByCity(false)).orElse(null)));
		}
		return offers;
	}

	/** The cycles now open, latest first (for everyone: a short list). */
	@Transactional(readOnly = true)
	List<AwardCycleInfo> openCycles(Locale locale) {
		return openCycles().stream().map(cycle -> cycle.info(locale, 0)).toList();
	}

	private List<AwardCycle> openCycles() {
		return cycles.findUnpublished().stream().filter(cycle -> cycle.state() == CycleState.OPEN).toList();
	}

	/** Every application of the official's city, latest first. */
	@Transactional(readOnly = true)
	List<AwardApplication> historyOf(PortalUser official) {
		return applications.findByCity(cityOf(official));
	}

	/**
	 * Starts the city's application in the cycle, the city section pre-filled from its
	 * membership record. Eligibility and the call are checked again here; a city that
	 * already has an application in the cycle gets that one, never a second.
	 */
	Started start(PortalUser official, long cycleId) {
		long cityId = cityOf(official);
		AwardCycle cycle = cycles.findById(cycleId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		Optional<AwardApplication> current = applications.findCurrent(cycleId, cityId);
		if (current.isPresent()) {
			return new Started(current.get().id(), true);
		}
		if (!cycle.acceptsApplicationsOn(today())) {
			throw new RefusedActionException("award.error.callClosed");
		}
		if (!eligibility.of(cityId, cycle).isEligible()) {
			throw new RefusedActionException("award.error.ineligible");
		}
		CityInfo city = cities.byId(cityId).orElseThrow();
		AwardApplication application = AwardApplication.start(cycle.id(), cycle.year(), cityId, city.countryCode(),
				prefilled(official, cityId), Actor.of(official), now());
		try {
			return new Started(applications.saveAndFlush(application).id(), false);
		}
		catch (DataIntegrityViolationException raced) {
			// Another official of the city started it at the same moment
			// (award_application_one_per_city): theirs stands.
			throw new RefusedActionException("award.application.error.alreadyStarted");
		}
	}

	/**
	 * The city section as the membership record has it, else the official who starts as
	 * the contact.
	 */
	private CityProfile prefilled(PortalUser official, long cityId) {
		Optional<MembershipRecord> record = membership.latestApprovedOf(cityId);
		String contactName = record.map(MembershipRecord::contactName).orElse(null);
		String contactEmail = record.map(MembershipRecord::contactEmail).orElse(null);
		boolean officialIsContact = contactName == null && contactEmail == null;
		return new CityProfile(record.map(MembershipRecord::mayorName).orElse(null),
				record.map(MembershipRecord::mayorTitle).orElse(null),
				officialIsContact ? official.fullName() : contactName,
				record.map(MembershipRecord::contactTitle).orElse(null),
				officialIsContact ? official.email() : contactEmail,
				record.map(MembershipRecord::contactPhone).orElse(null),
				record.map(MembershipRecord::population).orElse(null), null);
	}

	// The task list
	// -------------------------------------------------------------------------------

	void saveProfile(PortalUser official, long id, long versionSeen, boolean complete, CityProfile profile) {
		AwardApplication application = access.forCity(official, id);
		application.saveSection(AwardApplication.PROFILE_SECTION, versionSeen, complete, Actor.of(official), now(),
				() -> application.answerProfile(profile));
		applications.save(application);
	}

	void saveAnswer(PortalUser official, long id, long criterionId, long versionSeen, boolean complete,
			@Nullable String answer) {
		AwardApplication application = access.forCity(official, id);
		Criterion criterion = criterionOf(application, criterionId);
		if (WordLimit.Validator.count(answer) > criterion.wordLimit()) {
			throw new RefusedActionException("award.application.answer.tooLong", criterion.wordLimit());
		}
		if (complete && (answer == null || answer.isBlank())) {
			throw new RefusedActionException("award.application.answer.required");
		}
		application.saveSection(AwardApplication.criterionSection(criterionId), versionSeen, complete,
				Actor.of(official), now(), () -> application.answer(criterionId, answer));
		applications.save(application);
	}

	/** The criterion of the application's cycle; 404 for another cycle's. */
	Criterion criterionOf(AwardApplication application, long criterionId) {
		return criteria.findById(criterionId)
			.filter(criterion -> criterion.cycleId() == application.cycleId())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	@Transactional(readOnly = true)
	AwardCycle cycleOf(AwardApplication application) {
		return cycles.findById(application.cycleId()).orElseThrow();
	}

	List<Long> criterionIds(AwardApplication application) {
		return criteria.findByCycleIdOrderByPosition(application.cycleId()).stream().map(Criterion::id).toList();
	}

	// Files and links
	// -----------------------------------------------------------------------------

	/**
	 * The mayor-signed form, counted for the answers as they are now (their fingerprint).
	 */
	void uploadSignedForm(PortalUser official, long id, @Nullable MultipartFile upload) {
		AwardApplication application = draftOf(official, id);
		if (!application.incompleteSections(criterionIds(application)).isEmpty()) {
			throw new RefusedActionException("award.error.sectionsIncomplete");
		}
		CheckedFile file = uploads.check(upload, FileKind.SCANS, LARGEST_UPLOAD);
		documents.store(id, AwardDocuments.Kind.SIGNED_FORM, file, application.dataFingerprint(), now(),
				official.fullName());
	}

	void uploadConsentForm(PortalUser official, long id, @Nullable MultipartFile upload) {
		draftOf(official, id);
		CheckedFile file = uploads.check(upload, FileKind.SCANS, LARGEST_UPLOAD);
		documents.store(id, AwardDocuments.Kind.CONSENT_FORM, file, null, now(), official.fullName());
	}

	void uploadMaterial(PortalUser official, long id, @Nullable MultipartFile upload) {
		draftOf(official, id);
		if (documents.count(id, AwardDocuments.Kind.MATERIAL) >= MOST_MATERIALS) {
			throw new RefusedActionException("award.application.materials.tooMany", MOST_MATERIALS);
		}
		CheckedFile file = uploads.check(upload, MATERIAL_KINDS, LARGEST_UPLOAD);
		documents.store(id, AwardDocuments.Kind.MATERIAL, file, null, now(), official.fullName());
	}

	void removeMaterial(PortalUser official, long id, long documentId) {
		draftOf(official, id);
		if (!documents.remove(id, documentId, AwardDocuments.Kind.MATERIAL)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

	void addLink(PortalUser official, long id, AwardLinks.@Nullable LinkKind kind, @Nullable String url,
			@Nullable String title) {
		draftOf(official, id);
		if (kind == null) {
			throw new RefusedActionException("award.application.link.kindRequired");
		}
		if (title == null || title.isBlank()) {
			throw new RefusedActionException("award.application.link.titleRequired");
		}
		if (title.strip().length() > 300) {
			throw new RefusedActionException("award.application.link.titleTooLong", 300);
		}
		String address = webAddress(url);
		if (links.count(id) >= MOST_LINKS) {
			throw new RefusedActionException("award.application.link.tooMany", MOST_LINKS);
		}
		links.add(id, kind, address, title.strip(), now(), official.fullName());
	}

	/**
	 * An http or https address with a host, at most 2,000 characters; anything else is
	 * refused.
	 */
	static String webAddress(@Nullable String url) {
		String candidate = url == null ? "" : url.strip();
		try {
			URI uri = new URI(candidate);
			String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
			if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
					&& candidate.length() <= 2000) {
				return candidate;
			}
		}
		catch (URISyntaxException malformed) {
			// explained below
		}
		throw new RefusedActionException("award.application.link.invalidUrl");
	}

	void removeLink(PortalUser official, long id, long linkId) {
		draftOf(official, id);
		if (!links.remove(id, linkId)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

	@Transactional(readOnly = true)
	DocumentContent download(PortalUser user, long id, long documentId) {
		access.forReading(user, id);
		return documents.download(id, documentId);
	}

	// Transitions
	// ---------------------------------------------------------------------------------

	/** Sends the application to the National Commission; answers its reference. */
	String submit(PortalUser official, long id) {
		AwardApplication application = access.forCity(official, id);
		if (application.state() != ApplicationState.DRAFT && application.submittedAt() != null) {
			throw new RefusedActionException("award.application.error.alreadySubmitted", application.reference());
		}
		AwardCycle cycle = cycles.findById(application.cycleId()).orElseThrow();
		String signed = documents.latest(id, AwardDocuments.Kind.SIGNED_FORM)
			.map(StoredDocument::dataFingerprint)
			.orElse(null);
		boolean consent = documents.count(id, AwardDocuments.Kind.CONSENT_FORM) > 0;
		// The aggregate checks everything first and draws the reference last: a refusal
		// uses up no number.
		application.submit(cycle, criterionIds(application), signed, consent, today(),
				referenceNumbers.next(REFERENCES, cycle.year()), Actor.of(official), now());
		applications.saveAndFlush(application);
		return application.reference();
	}

	void withdraw(PortalUser official, long id, @Nullable String reason) {
		AwardApplication application = access.forCity(official, id);
		if (reason != null && reason.length() > 2000) {
			throw new RefusedActionException("award.application.withdraw.reasonTooLong", 2000);
		}
		application.withdraw(Actor.of(official), reason, now());
		applications.saveAndFlush(application);
	}

	// Helpers
	// -------------------------------------------------------------------------------------

	private AwardApplication draftOf(PortalUser official, long id) {
		AwardApplication application = access.forCity(official, id);
		if (application.state() != ApplicationState.DRAFT) {
			throw new RefusedActionException("award.error.notEditable");
		}
		return application;
	}

	static long cityOf(PortalUser official) {
		if (!official.is(Role.CITY_OFFICIAL) || official.cityId() == null) {
			throw new AccessDeniedException("Only a city official applies for their city");
		}
		return official.cityId();
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

	private Instant now() {
		return clock.instant();
	}

}
