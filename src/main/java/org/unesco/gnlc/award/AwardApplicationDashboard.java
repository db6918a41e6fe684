package org.unesco.gnlc.award;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.unesco.gnlc.shared.security.PortalUser;
import org.unesco.gnlc.shared.security.Role;
import org.unesco.gnlc.shared.web.DashboardPanel;

/**
 * The Award on a city official's dashboard: their city's application in each cycle still
 * running, with what comes next, or the open call they may answer. Two statements.
 */
@Component
@RequiredArgsConstructor
class AwardApplicationDashboard implements DashboardPanel {

	private final AwardCycleRepository cycles;

	private final AwardApplicationRepository applications;

	private final Clock clock;

	@Override
	@Transactional(readOnly = true)
	public Optional<Panel> panelFor(PortalUser user) {
		if (!user.is(Role.CITY_OFFICIAL) || user.cityId() == null) {
			return Optional.empty();
		}
		List<AwardCycle> running = cycles.findUnpublished();
		if (running.isEmpty()) {
			return Optional.empty();
		}
		Map<Long, AwardApplication> current = applications.findByCity(user.cityId())
			.stream()
			.filter(application -> application.state() != ApplicationState.WITHDRAWN)
			.collect(Collectors.toMap(AwardApplication::cycleId, Function.identity(), (first, second) -> first));
		LocalDate today = LocalDate.now(clock);
		List<Item> items = new ArrayList<>();
		for (AwardCycle cycle : running) {
			AwardApplication application = current.get(cycle.id());
			if (application != null) {
				items.add(Item.link("award.application.dashboard." + application.state().seenByCity(false).name(),
						"/award/applications/" + application.id(), String.valueOf(cycle.year())));
			}
			else if (cycle.acceptsApplicationsOn(today) && cycle.cityDeadline() != null) {
				items.add(Item.link("award.application.dashboard.open", "/award", String.valueOf(cycle.year()),
						cycle.cityDeadline().toString()));
			}
		}
		return items.isEmpty() ? Optional.empty() : Optional.of(new Panel("award.application.dashboard.title", items));
	}

	@Override
	public int order() {
		return 20;
	}

}
