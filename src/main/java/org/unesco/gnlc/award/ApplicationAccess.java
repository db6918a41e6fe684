package org.unesco.gnlc.award;

import lombok.RequiredArgsConstructor;

import org.hibernate.Hibernate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;
import org.unesco.gnlc.shared.security.PortalUser;
import org.unesco.gnlc.shared.security.Role;

/**
 * Who may see and act on an Award application, for every route, download and export of
 * the feature: the city's own officials always; its country's National Commission once
 * submitted; UIL once submitted; a juror of the cycle's jury once the city is on the
 * shortlist sent to it. Anyone else is refused (403), an unknown application is 404. A
 * reviewer of the city's country or with a declared conflict of interest on it, and a
 * juror of the city's country, are conflicted: they read nothing of it (403 on the
 * dossier, its forms and documents) and lists show them only "conflict of interest" in
 * its place.
 */
@Component
@Transactional(readOnly = true)
@RequiredArgsConstructor
class ApplicationAccess {

	private final AwardApplicationRepository applications;

	private final AwardCycleRepository cycles;

	private final JdbcClient jdbc;

	AwardApplication forReading(PortalUser user, long id) {
		AwardApplication application = load(id);
		if (!maySee(user, application)) {
			throw new AccessDeniedException("Not within this person's scope");
		}
		return application;
	}

	AwardApplication forCity(PortalUser official, long id) {
		AwardApplication application = load(id);
		if (!official.actsForCity(application.cityId())) {
			throw new AccessDeniedException("Only the city's officials act for it");
		}
		return application;
	}

	AwardApplication forEndorser(PortalUser endorser, long id) {
		AwardApplication application = load(id);
		if (!endorser.endorsesFor(application.countryCode()) || application.submittedAt() == null) {
			throw new AccessDeniedException("Only the National Commission of the city's country nominates");
		}
		return application;
	}

	AwardApplication forSecretariat(PortalUser uil, long id) {
		AwardApplication application = load(id);
		if (!uil.isSecretariat() || application.submittedAt() == null) {
			throw new AccessDeniedException("Only UIL reviews nominations");
		}
		return application;
	}

	boolean maySee(PortalUser user, AwardApplication application) {
		if (user.actsForCity(application.cityId())) {
			return true;
		}
		if (application.submittedAt() == null) {
			return false;
		}
		if (conflicted(user, application.id(), application.countryCode())) {
			return false;
		}
		if (user.endorsesFor(application.countryCode()) || user.isSecretariat()) {
			return true;
		}
		return user.is(Role.JURY_MEMBER) && onShortlistBeforeJury(application)
				&& sitsOnJury(user.accountId(), application.cycleId());
	}

	/**
	 * Whether the person has a conflict of interest with the application: a reviewer of
	 * its country or who declared one on it, a juror of its country. One statement for a
	 * reviewer.
	 */
	boolean conflicted(PortalUser user, long applicationId, String countryCode) {
		if (user.is(Role.UIL_REVIEWER)) {
			return countryCode.equals(user.countryCode()) || jdbc.sql("""
					select exists (select 1 from award_review_assignment
					               where application_id = :application and reviewer_id = :reviewer
					                 and conflict_declared_at is not null)
					""")
				.param("application", applicationId)
				.param("reviewer", user.accountId())
				.query(Boolean.class)
				.single();
		}
		return user.is(Role.JURY_MEMBER) && countryCode.equals(user.countryCode());
	}

	private boolean sitsOnJury(long accountId, long cycleId) {
		return jdbc.sql("select exists (select 1 from award_juror where cycle_id = :cycle and account_id = :account)")
			.param("cycle", cycleId)
			.param("account", accountId)
			.query(Boolean.class)
			.single();
	}

	private boolean onShortlistBeforeJury(AwardApplication application) {
		boolean shortlisted = application.state() == ApplicationState.SHORTLISTED
				|| application.state() == ApplicationState.AWARDED
				|| application.state() == ApplicationState.NOT_AWARDED;
		return shortlisted && cycles.findById(application.cycleId())
			.map(cycle -> cycle.state() == CycleState.JURY || cycle.state() == CycleState.PUBLISHED)
			.orElse(false);
	}

	/**
	 * The application with all a page shows of it: sections, answers and timeline
	 * (bounded queries).
	 */
	AwardApplication load(long id) {
		AwardApplication application = applications.findWithSections(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		Hibernate.initialize(application.answersForLoading());
		Hibernate.initialize(application.transitionsForLoading());
		return application;
	}

}
