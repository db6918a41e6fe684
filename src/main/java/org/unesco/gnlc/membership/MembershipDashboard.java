package org.unesco.gnlc.membership;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;
import org.unesco.gnlc.city.Cities;
import org.unesco.gnlc.city.CityInfo;
import org.unesco.gnlc.shared.security.PortalUser;
import org.unesco.gnlc.shared.security.Role;
import org.unesco.gnlc.shared.web.DashboardPanel;

/** What waits for each person in the membership process, on their dashboard. */
@Component
@RequiredArgsConstructor
class MembershipDashboard implements DashboardPanel {

	private final MembershipApplications applications;

	private final Cities cities;

	private boolean isMember(PortalUser official) {
		return official.cityId() != null && cities.byId(official.cityId()).map(CityInfo::isMember).orElse(false);
	}

	@Override
	public Optional<Panel> panelFor(PortalUser user) {
		List<Item> items = new ArrayList<>();
		switch (user.role()) {
			case CITY_OFFICIAL -> applications.openApplicationOf(user)
				.ifPresentOrElse(
						open -> items.add(Item.link("membership.dashboard.city." + open.state().name(),
								"/membership/applications/" + open.id())),
						() -> items.add(isMember(user) ? Item.text("membership.dashboard.city.member")
								: Item.link("membership.dashboard.city.none", "/membership")));
			case NATCOM_ENDORSER -> {
				Map<String, Long> counts = applications.countsByState(user);
				items.add(Item.link("membership.dashboard.endorser.waiting", "/membership/endorsements",
						counts.getOrDefault(ApplicationState.SUBMITTED.name(), 0L)));
			}
			case UIL_REVIEWER, UIL_ADMIN -> {
				Map<String, Long> counts = applications.countsByState(user);
				items.add(Item.link("membership.dashboard.uil.endorsed", "/membership/decisions",
						counts.getOrDefault(ApplicationState.ENDORSED.name(), 0L)));
				items.add(Item.link("membership.dashboard.uil.submitted", "/membership/decisions",
						counts.getOrDefault(ApplicationState.SUBMITTED.name(), 0L)));
				if (user.is(Role.UIL_ADMIN)) {
					items.add(Item.link("membership.dashboard.admin.calls", "/admin/membership/calls"));
				}
			}
			default -> {
				// nothing for the other roles
			}
		}
		return Panel.ifAny("membership.dashboard.title", items);
	}

	@Override
	public int order() {
		return 10;
	}

}
