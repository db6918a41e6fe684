package org.unesco.gnlc.conference;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.unesco.gnlc.shared.security.PortalUser;
import org.unesco.gnlc.shared.web.DashboardPanel;

/** The Secretariat's way into the conference records from its dashboard. */
@Component
class ConferenceDashboardPanel implements DashboardPanel {

	@Override
	public Optional<Panel> panelFor(PortalUser user) {
		if (!user.isSecretariat()) {
			return Optional.empty();
		}
		return Optional.of(new Panel("conference.dashboard.title",
				List.of(Item.link("conference.dashboard.records", "/conferences"),
						Item.link("conference.dashboard.newConference", "/conferences/new"),
						Item.link("conference.dashboard.people", "/people"))));
	}

	@Override
	public int order() {
		return 400;
	}

}
