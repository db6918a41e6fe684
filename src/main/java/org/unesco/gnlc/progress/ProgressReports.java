package org.unesco.gnlc.progress;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import lombok.RequiredArgsConstructor;

import org.hibernate.Hibernate;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.unesco.gnlc.city.Cities;
import org.unesco.gnlc.progress.ReportDocuments.Kind;
import org.unesco.gnlc.shared.files.CheckedFile;
import org.unesco.gnlc.shared.files.DocumentContent;
import org.unesco.gnlc.shared.files.FileKind;
import org.unesco.gnlc.shared.files.StoredDocument;
import org.unesco.gnlc.shared.files.UploadedFiles;
import org.unesco.gnlc.shared.security.Actor;
import org.unesco.gnlc.shared.security.PortalUser;
import org.unesco.gnlc.shared.security.Role;
import org.unesco.gnlc.shared.web.RefusedActionException;

/**
 * Everything people do with progress reports, each action checked against the person's
 * scope: officials act for their own city, endorsers read their own country's reports,
 * UIL reviews them all. Out of scope is refused (403), whatever the route.
 */
@Service
@Transactional
@RequiredArgsConstructor
class ProgressReports {

	/** What UIL's queue filters by. */
	record Filter(@Nullable Long roundId, @Nullable Collection<String> countries, @Nullable String countryCode,
			@Nullable ReportState state) {
	}

	private final ProgressReportRepository reports;

	private final ProgressRoundRepository rounds;

	private final ReportDocuments documents;

	private final UploadedFiles uploads;

	private final Cities cities;

	private final Clock clock;

	// Reading
	// ---------------------------------------------------------------------------------

	/** The reports of the official's city, newest first. */
	@Transactional(readOnly = true)
	List<ReportSummary> ofMyCity(PortalUser official) {
		if (!official.is(Role.CITY_OFFICIAL) || official.cityId() == null) {
			throw new AccessDeniedException("Only a city official reports for their city");
		}
		return reports.ofCity(official.cityId());
	}

	/** An endorser's own country, or UIL's queue with its filters; a page at a time. */
	@Transactional(readOnly = true)
	Page<ReportSummary> queue(PortalUser user, Filter filter, Pageable page) {
		String country = filter.countryCode();
		if (user.is(Role.NATCOM_ENDORSER) && user.countryCode() != null) {
			country = user.countryCode();
		}
		else if (!user.isSecretariat()) {
			throw new AccessDeniedException("Only the National Commission and UIL follow reports");
		}
		Collection<ReportState> states = filter.state() == null ? EnumSet.allOf(ReportState.class)
				: EnumSet.of(filter.state());
		boolean anyCountry = filter.countries() == null;
		Collection<String> countries = anyCountry || filter.countries().isEmpty() ? List.of("--") : filter.countries();
		return reports.queue(filter.roundId(), country, anyCountry, countries, states, page);
	}

	@Transactional(readOnly = true)
	ProgressReport forReading(PortalUser user, long id) {
		ProgressReport report = load(id);
		boolean maySee = user.actsForCity(report.cityId()) || user.endorsesFor(report.countryCode())
				|| user.isSecretariat();
		if (!maySee) {
			throw new AccessDeniedException("Not within this person's scope");
		}
		return report;
	}

	@Transactional(readOnly = true)
	ProgressReport forCity(PortalUser official, long id) {
		ProgressReport report = load(id);
		if (!official.actsForCity(report.cityId())) {
			throw new AccessDeniedException("Only the city's officials act for it");
		}
		return report;
	}

	/**
	 * The city's report of the round before, if any: its answers are shown beside the
	 * questions.
	 */
	@Transactional(readOnly = true)
	Optional<ProgressReport> previous(ProgressReport report) {
		Optional<ProgressReport> previous = reports.previousOf(report.cityId(), report.roundId());
		previous.ifPresent(earlier -> Hibernate.initialize(earlier.answers()));
		return previous;
	}

	@Transactional(readOnly = true)
	ProgressRound roundOf(ProgressReport report) {
		ProgressRound round = rounds.findById(report.roundId()).orElseThrow();
		Hibernate.initialize(round.questions());
		return round;
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

	/**
	 * The highlights a city published from its latest accepted report, for its public
	 * profile.
	 */
	@Transactional(readOnly = true)
	Optional<String> publishedHighlights(long cityId) {
		return reports.publishedHighlightsOf(cityId).map(ProgressReport::highlights);
	}

	// The city
	// --------------------------------------------------------------------------------

	void answer(PortalUser official, long id, String focusCode, @Nullable String text, long versionSeen,
			boolean complete) {
		ProgressReport report = forCity(official, id);
		if (roundOf(report).wordLimit(focusCode) == 0) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		report.answer(focusCode, text, versionSeen, complete, Actor.of(official), now());
		reports.save(report);
	}

	void reportStatistics(PortalUser official, long id, List<Statistic> figures, long versionSeen, boolean complete) {
		ProgressReport report = forCity(official, id);
		report.reportStatistics(figures, versionSeen, complete, Actor.of(official), now());
		reports.save(report);
	}

	void link(PortalUser official, long id, @Nullable String links, long versionSeen, boolean complete) {
		ProgressReport report = forCity(official, id);
		report.link(links, versionSeen, complete, Actor.of(official), now());
		reports.save(report);
	}

	/** A picture (JPEG, PNG) or a PDF, checked by its content. */
	void attach(PortalUser official, long id, @Nullable MultipartFile upload) {
		ProgressReport report = forCity(official, id);
		report.requireEditable();
		CheckedFile file = uploads.check(upload, FileKind.SCANS, UploadedFiles.LARGEST);
		Kind kind = file.kind() == FileKind.PDF ? Kind.DOCUMENT : Kind.PICTURE;
		documents.store(id, kind, file, null, now(), official.fullName());
	}

	void submit(PortalUser official, long id) {
		ProgressReport report = forCity(official, id);
		report.submit(roundOf(report), LocalDate.now(clock), Actor.of(official), now());
		reports.save(report);
	}

	void publishHighlights(PortalUser official, long id, @Nullable String text, boolean publish) {
		ProgressReport report = forCity(official, id);
		report.publishHighlights(text, publish);
		reports.save(report);
	}

	// UIL
	// -------------------------------------------------------------------------------------

	void review(PortalUser reviewer, long id, Map<String, Judgement> judgements, @Nullable String message,
			@Nullable String notes, long versionSeen) {
		ProgressReport report = forSecretariat(reviewer, id);
		report.review(judgements, message, notes, versionSeen);
		reports.save(report);
	}

	void accept(PortalUser reviewer, long id, @Nullable String comment) {
		ProgressReport report = forSecretariat(reviewer, id);
		report.accept(roundOf(report), Actor.of(reviewer), comment, now());
		reports.save(report);
	}

	void returnForCompletion(PortalUser reviewer, long id, @Nullable String reasons) {
		ProgressReport report = forSecretariat(reviewer, id);
		report.returnForCompletion(Actor.of(reviewer), reasons, now());
		reports.save(report);
	}

	/**
	 * Members of rounds past their grace period whose report is missing or not accepted,
	 * with their suspension.
	 */
	@Transactional(readOnly = true)
	List<FollowUp> overdue(PortalUser reviewer, long roundId) {
		requireSecretariat(reviewer);
		ProgressRound round = rounds.findById(roundId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (LocalDate.now(clock).isBefore(round.followUpFrom())) {
			return List.of();
		}
		List<ReportSummary> missing = reports.notAcceptedIn(roundId);
		Set<Long> suspended = cities.suspendedAmong(missing.stream().map(ReportSummary::cityId).toList());
		return missing.stream().map(report -> new FollowUp(report, suspended.contains(report.cityId()))).toList();
	}

	record FollowUp(ReportSummary report, boolean suspended) {
	}

	void suspend(PortalUser reviewer, long reportId, @Nullable String reason) {
		ProgressReport report = forSecretariat(reviewer, reportId);
		ProgressRound round = roundOf(report);
		if (report.state() == ReportState.ACCEPTED || LocalDate.now(clock).isBefore(round.followUpFrom())) {
			throw new RefusedActionException("progress.error.notOverdue");
		}
		if (reason == null || reason.isBlank()) {
			throw new RefusedActionException("progress.error.reasonRequired");
		}
		if (cities.isSuspended(report.cityId())) {
			throw new RefusedActionException("progress.error.alreadySuspended");
		}
		cities.suspend(report.cityId(), reason, Actor.of(reviewer));
	}

	void reinstate(PortalUser reviewer, long reportId, @Nullable String comment) {
		ProgressReport report = forSecretariat(reviewer, reportId);
		if (!cities.isSuspended(report.cityId())) {
			throw new RefusedActionException("progress.error.notSuspended");
		}
		if (comment == null || comment.isBlank()) {
			throw new RefusedActionException("progress.error.reasonRequired");
		}
		cities.reinstate(report.cityId(), comment, Actor.of(reviewer));
	}

	@Transactional(readOnly = true)
	boolean isSuspended(ProgressReport report) {
		return cities.isSuspended(report.cityId());
	}

	private ProgressReport forSecretariat(PortalUser reviewer, long id) {
		requireSecretariat(reviewer);
		return load(id);
	}

	private static void requireSecretariat(PortalUser user) {
		if (!user.isSecretariat()) {
			throw new AccessDeniedException("Only UIL reviews progress reports");
		}
	}

	/**
	 * The report with all a page shows of it: sections, answers, judgements, statistics
	 * and timeline.
	 */
	private ProgressReport load(long id) {
		ProgressReport report = reports.findWithAnswers(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		Hibernate.initialize(report.judgementsForLoading());
		Hibernate.initialize(report.statisticsForLoading());
		Hibernate.initialize(report.transitionsForLoading());
		return report;
	}

	private Instant now() {
		return clock.instant();
	}

}
