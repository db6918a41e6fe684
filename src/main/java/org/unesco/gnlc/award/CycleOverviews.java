package org.unesco.gnlc.award;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unesco.gnlc.shared.security.PortalUser;

/**
 * What UIL (administrators and reviewers) sees of the Award's cycles at
 * {@code /award/cycles}: every cycle with its phase, key dates and applications per
 * state, and a cycle's page with the next phase change and the cycle's other pages.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
class CycleOverviews {

	private final CycleAdministration administration;

	private final JdbcClient jdbc;

	/** A cycle in the list: its phase, key dates and how many applications per state. */
	record CycleSummary(int year, String title, CycleState state, @Nullable LocalDate callOpensOn,
			@Nullable LocalDate cityDeadline, @Nullable LocalDate nominationDeadline, @Nullable LocalDate ceremonyOn,
			Map<ApplicationState, Integer> applications) {
	}

	/** A cycle's page: what its administration page shows and its next phase change. */
	record CycleOverview(CycleAdministration.CycleView view, Optional<CyclePhases.NextStep> next) {
	}

	/** Every cycle, latest first, in one statement whatever their number. */
	List<CycleSummary> all(PortalUser user, Locale locale) {
		AwardRoles.requireSecretariat(user);
		Map<Integer, CycleSummary> cycles = new LinkedHashMap<>();
		jdbc.sql("""
				select c.year, %s as title, c.state, c.call_opens_on, c.city_deadline, c.nomination_deadline,
				       c.ceremony_on, a.state as application_state, count(a.id) as applications
				from award_cycle c left join award_application a on a.cycle_id = c.id
				group by c.id, a.state
				order by c.year desc, a.state
				""".formatted(CycleAdministration.titleColumn(locale))).query(row -> {
			CycleSummary read = new CycleSummary(row.getInt("year"), row.getString("title"),
					CycleState.valueOf(row.getString("state")), row.getObject("call_opens_on", LocalDate.class),
					row.getObject("city_deadline", LocalDate.class),
					row.getObject("nomination_deadline", LocalDate.class),
					row.getObject("ceremony_on", LocalDate.class), new EnumMap<>(ApplicationState.class));
			CycleSummary cycle = cycles.computeIfAbsent(read.year(), year -> read);
			String state = row.getString("application_state");
			if (state != null) {
				cycle.applications().put(ApplicationState.valueOf(state), row.getInt("applications"));
			}
		});
		return new ArrayList<>(cycles.values());
	}

	/** The cycle of the year (404 when there is none). */
	CycleOverview of(PortalUser user, int year, Locale locale) {
		AwardRoles.requireSecretariat(user);
		CycleAdministration.CycleView view = administration.viewOfYear(year, locale);
		return new CycleOverview(view, CyclePhases.next(view));
	}

}
