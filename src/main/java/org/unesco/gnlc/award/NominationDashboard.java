package org.unesco.gnlc.award;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.unesco.gnlc.shared.security.PortalUser;
import org.unesco.gnlc.shared.web.DashboardPanel;

/**
 * The Award on the dashboard of a National Commission (the applications waiting for its
 * nomination, the quota left and the deadline, per open cycle) and of UIL_ADMIN (the
 * cycles under way and their phase). One statement each.
 */
@Component
@RequiredArgsConstructor
class NominationDashboard implements DashboardPanel {

	private final Nominations nominations;

	private final JdbcClient jdbc;

	@Override
	public Optional<Panel> panelFor(PortalUser user) {
		return switch (user.role()) {
			case NATCOM_ENDORSER -> Optional.of(endorser(user));
			case UIL_ADMIN -> Optional.of(admin());
			default -> Optional.empty();
		};
	}

	private Panel endorser(PortalUser user) {
		List<Item> items = new ArrayList<>();
		for (Nominations.Waiting cycle : nominations.waiting(user)) {
			String year = String.valueOf(cycle.year());
			items.add(Item.link("award.nomination.dashboard.endorser.waiting", "/award/nominations", cycle.waiting(),
					year));
			items.add(Item.text("award.nomination.dashboard.endorser.quota", Math.max(0, cycle.quota() - cycle.used()),
					cycle.quota()));
			if (cycle.deadline() != null) {
				items.add(Item.text("award.nomination.dashboard.endorser.deadline", date(cycle.deadline())));
			}
		}
		if (items.isEmpty()) {
			items.add(Item.text("award.nomination.dashboard.endorser.none"));
		}
		return new Panel("award.nomination.dashboard.title", items);
	}

	private Panel admin() {
		List<Item> items = new ArrayList<>();
		jdbc.sql("select id, year, state from award_cycle where state <> 'PUBLISHED' order by year desc limit 5")
			.query(rows -> {
				items.add(Item.link("award.nomination.dashboard.admin.cycle." + rows.getString("state"),
						"/admin/award-cycles/" + rows.getLong("id"), String.valueOf(rows.getInt("year"))));
			});
		items.add(Item.link("award.nomination.dashboard.admin.all", "/admin/award-cycles"));
		return new Panel("award.nomination.dashboard.title", items);
	}

	/** MessageFormat formats java.util.Date, not LocalDate. */
	private static @Nullable Date date(@Nullable LocalDate day) {
		return day == null ? null : Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
	}

	@Override
	public int order() {
		return 20;
	}

}
