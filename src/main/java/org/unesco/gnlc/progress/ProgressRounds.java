package org.unesco.gnlc.progress;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;

import org.hibernate.Hibernate;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;
import org.unesco.gnlc.city.Cities;
import org.unesco.gnlc.city.CityInfo;
import org.unesco.gnlc.shared.security.Actor;
import org.unesco.gnlc.shared.security.PortalUser;
import org.unesco.gnlc.shared.security.Role;
import org.unesco.gnlc.shared.web.RefusedActionException;

/**
 * UIL_ADMIN's reporting rounds: planned with their terms and questions, opened (every
 * member due gets its report and a first mail), extended, closed. The members due are
 * computed from the city record and shown before opening.
 */
@Service
@Transactional
@RequiredArgsConstructor
class ProgressRounds {

	private final ProgressRoundRepository rounds;

	private final ProgressReportRepository reports;

	private final ProgressReminders reminders;

	private final Cities cities;

	private final Clock clock;

	@Transactional(readOnly = true)
	List<ProgressRound> all() {
		return rounds.findAllByOrderByDeadlineDesc();
	}

	/** The open rounds, earliest deadline first. */
	@Transactional(readOnly = true)
	List<ProgressRound> open() {
		return rounds.findByStateOrderByDeadline(RoundState.OPEN);
	}

	@Transactional(readOnly = true)
	Optional<ProgressRound> find(long id) {
		return rounds.findById(id);
	}

	/** A round with its timeline, for its page. */
	@Transactional(readOnly = true)
	ProgressRound get(long id) {
		ProgressRound round = rounds.findWithSteps(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		Hibernate.initialize(round.questions());
		return round;
	}

	long plan(PortalUser admin, ProgressRound.Terms terms) {
		requireAdmin(admin);
		return rounds.save(ProgressRound.plan(terms, Actor.of(admin), now())).id();
	}

	void change(PortalUser admin, long id, ProgressRound.Terms terms, long versionSeen) {
		requireAdmin(admin);
		ProgressRound round = get(id);
		round.change(terms, versionSeen);
		rounds.save(round);
	}

	/**
	 * The members that must report in the round: admitted by its date. Before opening,
	 * computed from the city record; once open, the reports the round holds.
	 */
	@Transactional(readOnly = true)
	List<CityInfo> membersDue(ProgressRound round) {
		if (round.state() == RoundState.PLANNED) {
			return cities.membersAdmittedBy(round.admittedBy());
		}
		List<ReportSummary> held = reports.ofRound(round.id());
		Map<Long, CityInfo> byId = cities.byIds(held.stream().map(ReportSummary::cityId).toList())
			.stream()
			.collect(Collectors.toMap(CityInfo::id, city -> city));
		return held.stream().map(report -> byId.get(report.cityId())).filter(city -> city != null).toList();
	}

	/**
	 * Opens the round: each member due gets a report (a draft) and the opening mail.
	 * Answers how many.
	 */
	int open(PortalUser admin, long id) {
		requireAdmin(admin);
		ProgressRound round = get(id);
		Actor actor = Actor.of(admin);
		round.open(actor, now());
		rounds.saveAndFlush(round);
		List<CityInfo> due = cities.membersAdmittedBy(round.admittedBy());
		if (due.isEmpty()) {
			throw new RefusedActionException("progress.error.noMembersDue");
		}
		for (CityInfo city : due) {
			ProgressReport report = reports
				.save(ProgressReport.due(round.id(), city.id(), city.name(), city.countryCode(), actor, now()));
			reminders.opened(round, report);
		}
		return due.size();
	}

	void extend(PortalUser admin, long id, @Nullable LocalDate newDeadline, @Nullable String reason) {
		requireAdmin(admin);
		if (newDeadline == null) {
			throw new RefusedActionException("progress.error.deadlineRequired");
		}
		ProgressRound round = get(id);
		round.extend(newDeadline, reason, Actor.of(admin), now());
		rounds.save(round);
	}

	void close(PortalUser admin, long id) {
		requireAdmin(admin);
		ProgressRound round = get(id);
		round.close(Actor.of(admin), now());
		rounds.save(round);
	}

	private static void requireAdmin(PortalUser user) {
		if (!user.is(Role.UIL_ADMIN)) {
			throw new AccessDeniedException("Only UIL_ADMIN sets up reporting rounds");
		}
	}

	private Instant now() {
		return clock.instant();
	}

}
