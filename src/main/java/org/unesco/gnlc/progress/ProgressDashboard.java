package org.unesco.gnlc.progress;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.unesco.gnlc.shared.security.PortalUser;
import org.unesco.gnlc.shared.security.Role;
import org.unesco.gnlc.shared.web.DashboardPanel;

/**
 * The report due and its days left for a city; what waits for the National Commission and
 * UIL.
 */
@Component
@RequiredArgsConstructor
class ProgressDashboard implements DashboardPanel {

	private final ProgressReports reports;

	private final ProgressRounds rounds;

	private final Clock clock;

	@Override
	public Optional<Panel> panelFor(PortalUser user) {
		List<Item> items = new ArrayList<>();
		switch (user.role()) {
			case CITY_OFFICIAL -> {
				if (user.cityId() == null) {
					return Optional.empty();
				}
				LocalDate today = LocalDate.now(clock);
				List<ProgressRound> open = rounds.open();
				for (ReportSummary report : reports.ofMyCity(user)) {
					open.stream().filter(round -> round.id() == report.roundId()).findFirst().ifPresent(round -> {
						if (report.state().isEditableByCity()) {
							items.add(Item.link("progress.dashboard.city.due", "/progress-reports/" + report.id(),
									round.title(), round.deadline().toString(), round.daysLeft(today)));
						}
						else {
							items.add(Item.link("progress.dashboard.city." + report.state().name(),
									"/progress-reports/" + report.id(), round.title()));
						}
					});
				}
			}
			case NATCOM_ENDORSER, UIL_REVIEWER, UIL_ADMIN -> {
				ReportState waiting = user.is(Role.NATCOM_ENDORSER) ? null : ReportState.SUBMITTED;
				Page<ReportSummary> page = reports.queue(user, new ProgressReports.Filter(null, null, null, waiting),
						PageRequest.of(0, 1));
				items.add(Item.link(
						user.is(Role.NATCOM_ENDORSER) ? "progress.dashboard.endorser" : "progress.dashboard.uil",
						"/progress-reports", page.getTotalElements()));
				if (user.is(Role.UIL_ADMIN)) {
					items.add(Item.link("progress.dashboard.admin", "/admin/progress-rounds"));
				}
			}
			default -> {
				// nothing for the other roles
			}
		}
		return Panel.ifAny("progress.dashboard.title", items);
	}

	@Override
	public int order() {
		return 15;
	}

}
