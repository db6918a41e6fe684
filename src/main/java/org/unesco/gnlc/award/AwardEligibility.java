package org.unesco.gnlc.award;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.unesco.gnlc.city.Cities;
import org.unesco.gnlc.city.CityInfo;

/**
 * The Award's eligibility rules, computed from the portal's own record: a city must have
 * been a member of the network for more than twelve months at the cycle's city deadline,
 * and must not have received the Award in the six years before the cycle. A suspended
 * member cannot apply.
 */
@Component
@RequiredArgsConstructor
class AwardEligibility {

	static final int MONTHS_OF_MEMBERSHIP = 12;

	static final int YEARS_BETWEEN_AWARDS = 6;

	private final Cities cities;

	private final Awards awards;

	Eligibility of(long cityId, AwardCycle cycle) {
		CityInfo city = cities.byId(cityId).orElseThrow();
		List<Integer> awarded = awards.yearsAwarded(cityId);
		List<Eligibility.Reason> reasons = new ArrayList<>();
		LocalDate deadline = cycle.cityDeadline() != null ? cycle.cityDeadline() : LocalDate.of(cycle.year(), 12, 31);
		LocalDate memberBy = memberBy(city, awarded);
		if (memberBy == null) {
			reasons.add(new Eligibility.Reason("award.eligibility.notMember", List.of()));
		}
		else if (cities.isSuspended(cityId)) {
			reasons.add(new Eligibility.Reason("award.eligibility.suspended", List.of()));
		}
		else if (!memberBy.plusMonths(MONTHS_OF_MEMBERSHIP).isBefore(deadline)) {
			reasons.add(new Eligibility.Reason("award.eligibility.memberTooRecent",
					List.of(memberBy, deadline, memberBy.plusMonths(MONTHS_OF_MEMBERSHIP).plusDays(1))));
		}
		awarded.stream()
			.filter(year -> year < cycle.year() && year >= cycle.year() - YEARS_BETWEEN_AWARDS)
			.reduce((first, second) -> second)
			.ifPresent(year -> reasons.add(new Eligibility.Reason("award.eligibility.recentlyAwarded",
					List.of(String.valueOf(year), String.valueOf(year + YEARS_BETWEEN_AWARDS + 1)))));
		return Eligibility.of(reasons);
	}

	/**
	 * The date by which the city was a member at the latest: the date it joined, or, for
	 * a past recipient whose joining date the record lacks, the end of the year before
	 * its first Award (the Award has always required a year of membership).
	 */
	private static @Nullable LocalDate memberBy(CityInfo city, List<Integer> awarded) {
		if (!city.isMember()) {
			return null;
		}
		if (city.memberSince() != null) {
			return city.memberSince();
		}
		return awarded.isEmpty() ? null : LocalDate.of(awarded.get(0) - 1, 12, 31);
	}

}
