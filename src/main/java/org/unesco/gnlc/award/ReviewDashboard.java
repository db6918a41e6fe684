package org.unesco.gnlc.award;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.unesco.gnlc.shared.security.PortalUser;
import org.unesco.gnlc.shared.web.DashboardPanel;

/**
 * The review's part of the dashboard: a reviewer's assignments still to score; for
 * UIL_ADMIN, each cycle under review with its nominations short of two reviewers. One
 * statement each. Both reach every cycle's page from there.
 */
@Component
@RequiredArgsConstructor
class ReviewDashboard implements DashboardPanel {

	/** UIL's list of the cycles, each leading to its page. */
	private static final String CYCLES = "/award/cycles";

	private static final String CYCLES_KEY = "award.cycles.dashboard.link";

	private final Reviews reviews;

	private final JdbcClient jdbc;

	@Override
	public Optional<Panel> panelFor(PortalUser user) {
		return switch (user.role()) {
			case UIL_REVIEWER -> Optional.of(new Panel("award.review.dashboard.title",
					List.of(Item.link("award.review.dashboard.toScore", "/award/review", reviews.toScore(user)),
							Item.link(CYCLES_KEY, CYCLES))));
			case UIL_ADMIN -> Optional.of(new Panel("award.review.dashboard.title", adminItems()));
			default -> Optional.empty();
		};
	}

	private List<Item> adminItems() {
		List<Item> items = new ArrayList<>();
		jdbc.sql(
				"""
						select c.year,
						       count(a.id) filter (where (select count(*) from award_review_assignment r
						                                  where r.application_id = a.id and r.conflict_declared_at is null) < :needed)
						         as short_of_reviewers,
						       count(a.id) as nominations
						from award_cycle c
						left join award_application a on a.cycle_id = c.id and a.state in ('NOMINATED', 'SHORTLISTED')
						where c.state in ('OPEN', 'REVIEW')
						group by c.year
						order by c.year desc
						limit 5
						""")
			.param("needed", ReviewViews.REVIEWERS_PER_NOMINATION)
			.query(rows -> {
				int year = rows.getInt("year");
				items.add(Item.link("award.review.dashboard.shortOfReviewers",
						"/award/cycles/" + year + "/assignments?short=true", rows.getLong("short_of_reviewers"), year,
						rows.getLong("nominations")));
				items.add(Item.link("award.review.dashboard.leaderboard", "/award/cycles/" + year + "/leaderboard",
						year));
			});
		if (items.isEmpty()) {
			items.add(Item.text("award.review.dashboard.noCycle"));
		}
		items.add(Item.link(CYCLES_KEY, CYCLES));
		return items;
	}

	@Override
	public int order() {
		return 42;
	}

}
