package org.unesco.gnlc.award;

import java.text.Collator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import jakarta.persistence.EntityManager;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unesco.gnlc.shared.security.Actor;
import org.unesco.gnlc.shared.security.PortalUser;
import org.unesco.gnlc.shared.web.RefusedActionException;
import org.unesco.gnlc.shared.web.StaleEditException;

/**
 * The phase changes of an Award cycle, all in one place: UIL_ADMIN opens the call
 * (PLANNED → OPEN), closes the nominations (OPEN → REVIEW), sends the shortlist to the
 * jury (REVIEW → JURY) and publishes the recipients (JURY → PUBLISHED). Each locks the
 * cycle's row first; the aggregate guards its phase and records the step on the cycle's
 * timeline.
 */
@Service
@Transactional
@RequiredArgsConstructor
class CyclePhases {

	private final AwardCycleRepository cycles;

	private final CriterionRepository criteria;

	private final AwardApplicationRepository applications;

	private final Jury jury;

	private final EntityManager entityManager;

	private final JdbcClient jdbc;

	private final MessageSource messages;

	private final Clock clock;

	/**
	 * Opens the call: cities may apply until the city deadline. Needs the deadlines and
	 * criteria.
	 */
	void open(long id, long versionSeen, PortalUser admin) {
		AwardCycle cycle = lockSeen(id, versionSeen, admin);
		cycle.open((int) criteria.countByCycleId(id), Actor.of(admin), clock.instant());
		cycles.saveAndFlush(cycle);
	}

	/**
	 * Closes the call and the nominations: UIL reviews what it received. Every
	 * application its National Commission did not decide on lapses (not nominated, with
	 * the reason on its timeline, in English as every recorded reason of the
	 * Secretariat); drafts stay as they are.
	 * @return how many applications lapsed
	 */
	int closeNominations(long id, long versionSeen, PortalUser admin) {
		AwardCycle cycle = lockSeen(id, versionSeen, admin);
		Actor actor = Actor.of(admin);
		Instant now = clock.instant();
		cycle.closeNominations(actor, now);
		cycles.saveAndFlush(cycle);
		List<AwardApplication> undecided = entityManager.createQuery("""
				select distinct a from AwardApplication a left join fetch a.transitions
				where a.cycleId = :cycle and a.state = :state
				""", AwardApplication.class)
			.setParameter("cycle", id)
			.setParameter("state", ApplicationState.SUBMITTED)
			.getResultList();
		String reason = messages.getMessage("award.nomination.lapse.reason", null, Locale.ENGLISH);
		undecided.forEach(application -> application.lapse(actor, reason, now));
		applications.saveAll(undecided);
		return undecided.size();
	}

	/**
	 * Sends the shortlist to the jury: the cycle moves to JURY and every nomination still
	 * off the shortlist is left off it. Refused while the shortlist is empty.
	 * @return how many nominations were left off the shortlist
	 */
	int conveneJury(PortalUser admin, int year) {
		AwardRoles.requireAdmin(admin);
		AwardCycle cycle = cycles.lockByYear(year);
		requireConvenable(cycle);
		List<AwardApplication> shortlisted = applications.findInCycle(cycle.id(),
				List.of(ApplicationState.SHORTLISTED));
		if (shortlisted.isEmpty()) {
			throw new RefusedActionException("award.review.error.shortlistEmpty");
		}
		Actor actor = Actor.of(admin);
		Instant now = clock.instant();
		cycle.conveneJury(actor, now);
		cycles.save(cycle);
		List<AwardApplication> leftOff = applications.findInCycle(cycle.id(), List.of(ApplicationState.NOMINATED));
		for (AwardApplication application : leftOff) {
			application.leaveOffShortlist(actor, null, now);
			applications.save(application);
		}
		return leftOff.size();
	}

	/**
	 * Announces the recipients UIL recorded: they join the public record of the Award in
	 * the alphabetical order of their names, and the cycle is closed for good.
	 */
	void publish(PortalUser admin, int year, String rationale) {
		AwardRoles.requireAdmin(admin);
		AwardCycle cycle = cycles.lockByYear(year);
		cycle.require(CycleState.JURY);
		List<Jury.Nominee> shortlist = jury.shortlist(cycle.id(), Jury.ON_SHORTLIST, Locale.ENGLISH);
		if (shortlist.isEmpty() || shortlist.stream().anyMatch(n -> n.state() == ApplicationState.SHORTLISTED)) {
			throw new RefusedActionException("award.jury.error.selectionMissing");
		}
		cycle.publish(rationale, Actor.of(admin), clock.instant());
		Collator collator = Collator.getInstance(Locale.ROOT);
		List<Jury.Nominee> recipients = shortlist.stream()
			.filter(nominee -> nominee.state() == ApplicationState.AWARDED)
			.sorted(Comparator.comparing((Jury.Nominee nominee) -> nominee.city().name(), collator))
			.toList();
		int position = 0;
		for (Jury.Nominee recipient : recipients) {
			jdbc.sql("insert into award_recipient (cycle_id, city_id, position) values (:cycle, :city, :position)")
				.param("cycle", cycle.id())
				.param("city", recipient.city().id())
				.param("position", ++position)
				.update();
		}
		cycles.save(cycle);
	}

	/**
	 * The shortlist goes to the jury in the REVIEW phase only: before it, the refusal
	 * says that it will be possible once the nominations close (and when they are due
	 * to).
	 */
	static void requireConvenable(AwardCycle cycle) {
		if (cycle.state() == CycleState.PLANNED || cycle.state() == CycleState.OPEN) {
			LocalDate deadline = cycle.nominationDeadline();
			throw deadline == null ? new RefusedActionException("award.review.error.conveneAfterClosing")
					: new RefusedActionException("award.review.error.conveneAfterDeadline", deadline.toString());
		}
		cycle.require(CycleState.REVIEW);
	}

	/**
	 * The phase change that comes next for the cycle, as its page shows it: whether it
	 * can be made now (the conditions the changes above check, read from the cycle's
	 * counts of applications per state), the date it is planned for and the page where
	 * UIL_ADMIN makes it. None once the recipients are published.
	 */
	static Optional<NextStep> next(CycleAdministration.CycleView view) {
		AwardCycleInfo cycle = view.cycle();
		Map<ApplicationState, Integer> applications = view.applications();
		String administration = "/admin/award-cycles/" + cycle.id();
		String pages = "/award/cycles/" + cycle.year();
		return Optional.ofNullable(switch (cycle.state()) {
			case PLANNED -> new NextStep(CycleState.OPEN, view.canOpen(), cycle.callOpensOn(), administration);
			case OPEN -> new NextStep(CycleState.REVIEW, true, cycle.nominationDeadline(), administration);
			case REVIEW -> new NextStep(CycleState.JURY, applications.containsKey(ApplicationState.SHORTLISTED),
					cycle.reviewDeadline(), pages + "/leaderboard");
			case JURY -> new NextStep(CycleState.PUBLISHED,
					!applications.containsKey(ApplicationState.SHORTLISTED)
							&& Jury.ON_SHORTLIST.stream().anyMatch(applications::containsKey),
					cycle.juryDeadline(), pages + "/jury");
			case PUBLISHED -> null;
		});
	}

	/**
	 * The next phase of a cycle, whether UIL_ADMIN can move the cycle there now, when it
	 * is planned, and the page where it is done.
	 */
	record NextStep(CycleState to, boolean possible, @Nullable LocalDate due, String page) {

		public String messageKey() {
			return "award.cycles.next." + to.name();
		}

		/** Where UIL_ADMIN makes the change. */
		public String whereKey() {
			return "award.cycles.next.where." + to.name();
		}

		/** What the change still waits for, while it is not possible. */
		public String conditionKey() {
			return "award.cycles.next.condition." + to.name();
		}

	}

	/** The cycle, locked, unchanged since the administrator saw it at this version. */
	private AwardCycle lockSeen(long id, long versionSeen, PortalUser admin) {
		AwardRoles.requireAdmin(admin);
		AwardCycle cycle = cycles.lockById(id);
		StaleEditException.check(versionSeen, cycle.version(), "The Award cycle");
		return cycle;
	}

}
