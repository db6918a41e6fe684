package org.unesco.gnlc.membership;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.unesco.gnlc.DemoUsers;
import org.unesco.gnlc.PortalTest;
import org.unesco.gnlc.city.Cities;
import org.unesco.gnlc.membership.MembershipFixtures.Applicant;
import org.unesco.gnlc.shared.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

/**
 * UIL's admission carries the application's answers that belong on the public profile
 * onto it (issue 12, D1): website, mayor, figures with their years, each change in the
 * profile's history as coming from the application, never over a newer figure.
 */
@PortalTest
class ProfileFromApplicationTests {

	static final RequestPostProcessor REVIEWER = DemoUsers.signedInAs(Role.UIL_REVIEWER);

	@Autowired
	MockMvc mvc;

	@Autowired
	MembershipFixtures fixtures;

	@Autowired
	Cities cities;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anAdmittedCitysProfileAndOpenDataShowTheFiguresWebsiteAndMayorOfItsApplication() throws Exception {
		Applicant city = fixtures.applicationIn("CL", ApplicationState.ENDORSED);
		String reference = admit(city);
		String slug = cities.byId(city.cityId()).orElseThrow().slug();

		mvc.perform(get("/cities/{slug}", slug))
			.andExpect(content().string(containsString("250,000")))
			.andExpect(content().string(containsString("120.5")))
			.andExpect(content().string(containsString("9,000")))
			.andExpect(content().string(containsString("9.8")))
			.andExpect(content().string(containsString("https://city.example")))
			.andExpect(content().string(containsString("Ana Example, Mayor")));
		mvc.perform(get("/api/cities").param("q", city.name()))
			.andExpect(jsonPath("$.items[0].population.value").value(250_000))
			.andExpect(jsonPath("$.items[0].population.year").value(2024))
			.andExpect(jsonPath("$.items[0].website").value("https://city.example"));
		mvc.perform(get("/cities/{slug}/history", slug).with(REVIEWER))
			.andExpect(content().string(containsString("(from application " + reference + ")")));
		assertThat(changedFields(city)).contains("POPULATION", "POPULATION_YEAR", "AREA", "GDP_PER_CAPITA",
				"COUNTRY_GDP_PER_CAPITA", "SCHOOLING_MEN", "SCHOOLING_WOMEN_YEAR", "WEBSITE", "MAYOR_NAME",
				"MAYOR_TITLE");
	}

	@Test
	void aFigureOfALaterYearOnTheProfileStaysWhileOlderOnesAreReplaced() throws Exception {
		Applicant city = fixtures.applicationIn("CL", ApplicationState.ENDORSED);
		jdbc.sql("""
				update city set population = 260000, population_year = 2025, area_km2 = 99, area_year = 2010
				where id = :id""").param("id", city.cityId()).update();
		admit(city);

		assertThat(jdbc.sql("select population, population_year, area_km2, area_year from city where id = :id")
			.param("id", city.cityId())
			.query((rows, number) -> List.of(rows.getLong(1), rows.getInt(2), rows.getBigDecimal(3).doubleValue(),
					rows.getInt(4)))
			.single()).containsExactly(260_000L, 2025, 120.5, 2024);
		assertThat(changedFields(city)).doesNotContain("POPULATION", "POPULATION_YEAR").contains("AREA", "AREA_YEAR");
	}

	@Test
	void aFieldTheCityEditedOnItsProfileAfterSubmittingIsNotOverwrittenByTheOlderAnswer() throws Exception {
		Applicant city = fixtures.applicationIn("CL", ApplicationState.ENDORSED);
		String slug = cities.byId(city.cityId()).orElseThrow().slug();
		String version = jdbc.sql("select version from city where id = :id")
			.param("id", city.cityId())
			.query(String.class)
			.single();
		mvc.perform(post("/cities/{slug}/edit", slug).param("website", "https://new.city.example")
			.param("version", version)
			.with(city.official())
			.with(csrf()));
		admit(city);

		assertThat(jdbc.sql("select website from city where id = :id")
			.param("id", city.cityId())
			.query(String.class)
			.single()).isEqualTo("https://new.city.example");
		assertThat(changedFields(city)).doesNotContain("WEBSITE").contains("POPULATION", "MAYOR_NAME");
	}

	/**
	 * UIL records the expert group's recommendation and approves; answers the reference.
	 */
	private String admit(Applicant city) throws Exception {
		long id = city.applicationId();
		mvc.perform(post("/membership/applications/{id}/recommendation", id).param("recommendation", "RECOMMENDED")
			.with(REVIEWER)
			.with(csrf()));
		mvc.perform(post("/membership/applications/{id}/approve", id).param("confirmed", "true")
			.with(REVIEWER)
			.with(csrf())).andExpect(flash().attribute("success", "membership.approved"));
		return jdbc.sql("select reference from membership_application where id = :id")
			.param("id", id)
			.query(String.class)
			.single();
	}

	/**
	 * The fields changed by the admission: the history's entry that names the
	 * application.
	 */
	private List<String> changedFields(Applicant city) {
		return jdbc.sql("""
				select f.field from city_profile_change c join city_profile_change_field f on f.change_id = c.id
				where c.city_id = :city and c.source_reference is not null""")
			.param("city", city.cityId())
			.query(String.class)
			.list();
	}

}
