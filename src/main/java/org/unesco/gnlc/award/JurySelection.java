package org.unesco.gnlc.award;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unesco.gnlc.shared.security.Actor;
import org.unesco.gnlc.shared.security.PortalUser;
import org.unesco.gnlc.shared.web.RefusedActionException;

/**
 * UIL's final selection once every juror has voted: the chosen shortlisted cities receive
 * the Award, the others do not, with the rationale. A tie in the tally at the last Award
 * is UIL's to decide explicitly: the selection is refused without a decision, which goes
 * on the cycle's timeline and into the decision pack.
 */
@Service
@Transactional
@RequiredArgsConstructor
class JurySelection {

	private final AwardCycleRepository cycles;

	private final AwardApplicationRepository applications;

	private final Jury jury;

	private final Clock clock;

	/**
	 * The countries with more than one of these shortlisted cities (UIL is warned, not
	 * refused).
	 */
	@Transactional(readOnly = true)
	List<String> countriesChosenTwice(int year, Collection<Long> chosen, Locale locale) {
		AwardCycle cycle = cycles.getByYear(year);
		Set<Long> ids = new LinkedHashSet<>(chosen);
		Map<String, Long> perCountry = jury.shortlist(cycle.id(), EnumSet.of(ApplicationState.SHORTLISTED), locale)
			.stream()
			.filter(nominee -> ids.contains(nominee.applicationId()))
			.collect(Collectors.groupingBy(nominee -> nominee.city().countryName(), Collectors.counting()));
		return perCountry.entrySet()
			.stream()
			.filter(entry -> entry.getValue() > 1)
			.map(Map.Entry::getKey)
			.sorted()
			.toList();
	}

	/**
	 * The shortlisted applications of the cycle, once the selection is possible (every
	 * juror has voted, none recorded yet) and the chosen cities are one to as many as
	 * there are Awards, all on the shortlist.
	 */
	private List<AwardApplication> shortlisted(AwardCycle cycle, Collection<Long> chosen) {
		cycle.require(CycleState.JURY);
		if (!jury.progressOf(cycle.id()).complete()) {
			throw new RefusedActionException("award.jury.error.votingOpen");
		}
		Set<Long> ids = new LinkedHashSet<>(chosen);
		if (ids.isEmpty()) {
			throw new RefusedActionException("award.jury.error.noSelection");
		}
		if (ids.size() > cycle.awardsAvailable()) {
			throw new RefusedActionException("award.jury.error.tooManySelected", cycle.awardsAvailable());
		}
		List<AwardApplication> shortlisted = applications.findInCycle(cycle.id(),
				EnumSet.of(ApplicationState.SHORTLISTED));
		if (shortlisted.isEmpty()) {
			throw new RefusedActionException("award.jury.error.selectionRecorded");
		}
		Set<Long> shortlistIds = shortlisted.stream().map(AwardApplication::id).collect(Collectors.toSet());
		if (!shortlistIds.containsAll(ids)) {
			throw new RefusedActionException("award.jury.error.notShortlisted");
		}
		return shortlisted;
	}

	/**
	 * Whether the tally of the cycle has a tie at the last Award, which UIL must decide.
	 */
	@Transactional(readOnly = true)
	boolean tied(int year) {
		return !ties(cycles.getByYear(year)).isEmpty();
	}

	private List<Jury.TallyLine> ties(AwardCycle cycle) {
		if (!jury.progressOf(cycle.id()).complete()) {
			return List.of();
		}
		return jury
			.tally(cycle.id(), jury.shortlist(cycle.id(), EnumSet.of(ApplicationState.SHORTLISTED), Locale.ENGLISH),
					cycle.awardsAvailable(), Locale.ENGLISH)
			.stream()
			.filter(Jury.TallyLine::tied)
			.toList();
	}

	/**
	 * Checks a selection before UIL confirms it, with the same rules as
	 * {@link #recordSelection} (which checks again): refused with the rule it breaks,
	 * nothing saved.
	 */
	@Transactional(readOnly = true)
	void check(PortalUser user, int year, Collection<Long> chosen) {
		AwardRoles.requireAdmin(user);
		shortlisted(cycles.getByYear(year), chosen);
	}

	/**
	 * Records the jury's decision as UIL takes it: the chosen cities receive the Award,
	 * the other shortlisted cities do not; the rationale goes with it. Only once every
	 * juror has voted, and with UIL's decision of a tie at the last Award if the tally
	 * has one.
	 */
	void recordSelection(PortalUser user, int year, Collection<Long> chosen, String rationale,
			@Nullable String tieDecision) {
		AwardRoles.requireAdmin(user);
		AwardCycle cycle = cycles.lockByYear(year);
		List<AwardApplication> shortlisted = shortlisted(cycle, chosen);
		Set<Long> ids = new LinkedHashSet<>(chosen);
		Actor admin = Actor.of(user);
		Instant now = clock.instant();
		List<Jury.TallyLine> tied = ties(cycle);
		if (!tied.isEmpty()) {
			if (tieDecision == null || tieDecision.isBlank()) {
				throw new RefusedActionException("award.jury.error.tieUndecided");
			}
			cycle.decideTie(tied.stream().map(line -> line.nominee().city().name()).toList(), tied.get(0).votes(),
					tieDecision, admin, now);
		}
		cycle.recordRationale(rationale);
		for (AwardApplication application : shortlisted) {
			if (ids.contains(application.id())) {
				application.award(admin, null, now);
			}
			else {
				application.notAward(admin, null, now);
			}
		}
		applications.saveAll(shortlisted);
		cycles.save(cycle);
	}

}
