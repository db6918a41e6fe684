package org.unesco.gnlc.award;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.unesco.gnlc.DemoUsers;
import org.unesco.gnlc.city.CityInfo;
import org.unesco.gnlc.shared.security.PortalUser;
import org.unesco.gnlc.shared.security.Role;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * What the tests of the UIL review share: a nomination of a member city and an assignment
 * made by UIL_ADMIN.
 */
abstract class ReviewSteps {

	@Autowired
	MockMvc mvc;

	@Autowired
	AwardFixtures fixtures;

	@Autowired
	ReviewTestSupport support;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReviewDashboard dashboard;

	final PortalUser admin = DemoUsers.person(Role.UIL_ADMIN);

	AwardApplication nomination(AwardCycle cycle, String countryCode) {
		CityInfo city = fixtures.memberCity(countryCode);
		return fixtures.application(cycle, city, ApplicationState.NOMINATED);
	}

	MvcResult assign(AwardCycle cycle, AwardApplication application, PortalUser reviewer) throws Exception {
		return mvc
			.perform(post("/award/cycles/{year}/assignments", cycle.year()).with(csrf())
				.with(user(admin))
				.param("applicationId", String.valueOf(application.id()))
				.param("reviewerId", String.valueOf(reviewer.accountId())))
			.andReturn();
	}

}
