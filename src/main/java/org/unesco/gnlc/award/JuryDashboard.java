package org.unesco.gnlc.award;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;
import org.unesco.gnlc.shared.security.PortalUser;
import org.unesco.gnlc.shared.web.DashboardPanel;

/**
 * The Award's jury on the dashboard: a juror's ballots to cast (and those cast),
 * UIL_ADMIN's juries to compose or to follow. One statement each.
 */
@Component
@RequiredArgsConstructor
class JuryDashboard implements DashboardPanel {

	private final Jury jury;

	@Override
	public Optional<Panel> panelFor(PortalUser user) {
		List<Item> items = new ArrayList<>();
		switch (user.role()) {
			case JURY_MEMBER -> {
				for (Jury.Seat seat : jury.seats(user, user.preferredLocale())) {
					if (seat.state() != CycleState.JURY) {
						continue;
					}
					String href = "/award/jury/" + seat.year();
					items.add(seat.voted()
							? Item.link("award.jury.dashboard.voted", href, String.valueOf(seat.year()),
									seat.progress().ballots(), seat.progress().jurors())
							: Item.link("award.jury.dashboard.toVote", href, String.valueOf(seat.year())));
				}
				if (items.isEmpty()) {
					items.add(Item.link("award.jury.dashboard.nothing", "/award/jury"));
				}
			}
			case UIL_ADMIN -> {
				for (Jury.Watch watch : jury.watched()) {
					String href = "/award/cycles/" + watch.year() + "/jury";
					if (watch.state() == CycleState.JURY) {
						items.add(watch.progress().complete()
								? Item.link("award.jury.dashboard.admin.complete", href, String.valueOf(watch.year()))
								: Item.link("award.jury.dashboard.admin.voting", href, String.valueOf(watch.year()),
										watch.progress().ballots(), watch.progress().jurors()));
					}
					else {
						items.add(Item.link("award.jury.dashboard.admin.compose", href, String.valueOf(watch.year()),
								watch.progress().jurors()));
					}
				}
			}
			default -> {
				// nothing for the other roles
			}
		}
		return Panel.ifAny("award.jury.dashboard.title", items);
	}

	@Override
	public int order() {
		return 44;
	}

}
