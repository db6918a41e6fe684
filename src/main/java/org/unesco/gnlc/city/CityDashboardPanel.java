package org.unesco.gnlc.city;

import java.util.List;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;
import org.unesco.gnlc.shared.security.PortalUser;
import org.unesco.gnlc.shared.web.DashboardPanel;

/**
 * On the dashboard: a city official's own public profile; the Secretariat's way to every
 * profile. One statement at most.
 */
@Component
@RequiredArgsConstructor
class CityDashboardPanel implements DashboardPanel {

	private final CityRepository cities;

	@Override
	public Optional<Panel> panelFor(PortalUser user) {
		if (user.cityId() != null) {
			return cities.findById(user.cityId())
				.map(city -> new Panel("city.dashboard.title",
						List.of(Item.link("city.dashboard.edit", "/cities/" + city.slug() + "/edit", city.name()),
								Item.link("city.dashboard.view", "/cities/" + city.slug(), city.name()))));
		}
		if (user.isSecretariat()) {
			return Optional
				.of(new Panel("city.dashboard.title", List.of(Item.link("city.dashboard.directory", "/cities"),
						Item.link("city.dashboard.network", "/network"))));
		}
		return Optional.empty();
	}

	@Override
	public int order() {
		return 20;
	}

}
