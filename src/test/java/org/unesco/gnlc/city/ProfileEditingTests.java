package org.unesco.gnlc.city;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.unesco.gnlc.DemoUsers;
import org.unesco.gnlc.PortalTest;
import org.unesco.gnlc.shared.security.PortalUser;
import org.unesco.gnlc.shared.security.Role;
import org.unesco.gnlc.shared.web.TypedText;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The officials of a city edit its public profile, the UIL Secretariat edits any, nobody
 * else does; every saved change is kept with who made it and when, and a stale form never
 * overwrites. Each test works on a member city of its own.
 */
@PortalTest
class ProfileEditingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Cities cities;

	@Autowired
	JdbcClient jdbc;

	CityInfo city;

	@BeforeEach
	void aMemberCityOfItsOwn() {
		CityInfo registered = cities.findOrRegister("Profile test " + UUID.randomUUID().toString().substring(0, 8),
				"KE");
		city = cities.admit(registered.id(), LocalDate.of(2021, 6, 1));
	}

	@AfterEach
	void removeIt() {
		jdbc.sql("delete from city where id = :id").param("id", city.id()).update();
	}

	@Test
	void anOfficialOfTheCityUpdatesItsFiguresAndTheChangeIsRecordedWithTheirName() throws Exception {
		mvc.perform(save(officialOf(city.id(), "Wanjiru Official")).param("population", "250000")
			.param("populationYear", "2024")
			.param("areaKm2", "111.63")
			.param("areaYear", "2023")
			.param("schoolingYearsWomen", "11.5")
			.param("schoolingYearsWomenYear", "2022")
			.param("website", " https://city.example.org ")
			.param("profileText", "A city that learns.\r\n\r\nSecond paragraph."))
			.andExpect(redirectedUrl("/cities/" + city.slug()))
			.andExpect(flash().attribute("success", "city.profile.saved"));

		mvc.perform(get("/cities/{slug}", city.slug()))
			.andExpect(content().string(containsString("250,000")))
			.andExpect(content().string(containsString("111.63")))
			.andExpect(content().string(containsString("(2024)")))
			.andExpect(content().string(containsString("href=\"https://city.example.org\"")))
			.andExpect(content().string(containsString("A city that learns.\n\nSecond paragraph.")));

		var change = jdbc.sql("""
				select author_name, author_role, account_id, (select count(*) from city_profile_change_field f
				 where f.change_id = c.id) as fields
				from city_profile_change c where city_id = :city
				""").param("city", city.id()).query().singleRow();
		assertThat(change).containsEntry("author_name", "Wanjiru Official")
			.containsEntry("author_role", "CITY_OFFICIAL")
			.containsEntry("account_id", 777L)
			.containsEntry("fields", 8L);

		mvc.perform(get("/cities/{slug}", city.slug()).with(officialOf(city.id(), "Wanjiru Official")))
			.andExpect(content().string(containsString("Recent changes to this profile")))
			.andExpect(content().string(containsString("by Wanjiru Official (City official)")));
		mvc.perform(get("/cities/{slug}/history", city.slug()).with(DemoUsers.signedInAs(Role.UIL_REVIEWER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Wanjiru Official")))
			// C9: the history writes a figure as the profile does.
			.andExpect(content().string(containsString("250,000")))
			.andExpect(content().string(not(containsString("250000"))))
			.andExpect(content().string(containsString("(empty)")));
	}

	@Test
	void savingTheSameValuesRecordsNoChange() throws Exception {
		mvc.perform(save(officialOf(city.id(), "Official")))
			.andExpect(flash().attribute("success", "city.profile.unchanged"));
		assertThat(changes()).isZero();
	}

	@Test
	void anOfficialOfAnotherCityCannotEditNorSeeTheHistory() throws Exception {
		// The demo official acts for Melton, not for this city.
		mvc.perform(get("/cities/{slug}/edit", city.slug()).with(DemoUsers.signedInAs(Role.CITY_OFFICIAL)))
			.andExpect(status().isForbidden());
		mvc.perform(
				save(DemoUsers.signedInAs(Role.CITY_OFFICIAL)).param("population", "1").param("populationYear", "2024"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/cities/{slug}/history", city.slug()).with(DemoUsers.signedInAs(Role.CITY_OFFICIAL)))
			.andExpect(status().isForbidden());
		assertThat(changes()).isZero();
	}

	@ParameterizedTest(name = "a {0} cannot edit a profile")
	@EnumSource(value = Role.class, names = { "NATCOM_ENDORSER", "JURY_MEMBER" })
	void otherRolesCannotEditAProfile(Role role) throws Exception {
		mvc.perform(save(DemoUsers.signedInAs(role)).param("population", "1").param("populationYear", "2024"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/cities/{slug}/edit", city.slug()).with(DemoUsers.signedInAs(role)))
			.andExpect(status().isForbidden());
		assertThat(changes()).isZero();
	}

	@Test
	void aVisitorIsSentToSignIn() throws Exception {
		mvc.perform(get("/cities/{slug}/edit", city.slug())).andExpect(redirectedUrl("/login"));
		mvc.perform(
				post("/cities/{slug}/edit", city.slug()).with(csrf()).param("version", "0").param("population", "1"))
			.andExpect(redirectedUrl("/login"));
		assertThat(changes()).isZero();
	}

	@Test
	void theSecretariatEditsAnyProfileAndAloneChangesTheDateOfJoining() throws Exception {
		mvc.perform(save(officialOf(city.id(), "Official")).param("memberSince", "2019-01-01"))
			.andExpect(status().is3xxRedirection());
		assertThat(cities.byId(city.id()).orElseThrow().memberSince()).isEqualTo(LocalDate.of(2021, 6, 1));

		mvc.perform(get("/cities/{slug}/edit", city.slug()).with(DemoUsers.signedInAs(Role.UIL_ADMIN)))
			.andExpect(content().string(containsString("name=\"memberSince\"")));
		mvc.perform(save(DemoUsers.signedInAs(Role.UIL_ADMIN)).param("memberSince", "2019-01-01"))
			.andExpect(redirectedUrl("/cities/" + city.slug()));
		assertThat(cities.byId(city.id()).orElseThrow().memberSince()).isEqualTo(LocalDate.of(2019, 1, 1));
		mvc.perform(save(DemoUsers.signedInAs(Role.UIL_REVIEWER)).param("profileText", "Reviewed by UIL."))
			.andExpect(redirectedUrl("/cities/" + city.slug()));
		assertThat(changes()).isEqualTo(2);
	}

	@Test
	void aFormOpenedBeforeSomeoneElseSavedIsRefusedWithAConflict() throws Exception {
		MockHttpServletRequestBuilder openedFirst = save(DemoUsers.signedInAs(Role.UIL_REVIEWER));
		mvc.perform(save(officialOf(city.id(), "First")).param("population", "1000").param("populationYear", "2024"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(openedFirst.header("Accept", "text/html")
			.param("population", "2000")
			.param("populationYear", "2024")
			.param("profileText", "A text written while someone else saved."))
			.andExpect(status().isConflict())
			// D21: the conflict page shows what was typed, for copying.
			.andExpect(request().attribute(TypedText.ATTRIBUTE, hasItems(new TypedText("population", "2000"),
					new TypedText("profileText", "A text written while someone else saved."))));
		assertThat(jdbc.sql("select population from city where id = :id")
			.param("id", city.id())
			.query(Long.class)
			.single()).isEqualTo(1000L);
	}

	@Test
	void figuresNeedTheirYearAndBadValuesAreExplainedOnTheFormInTheEditorsLanguage() throws Exception {
		mvc.perform(save(officialOf(city.id(), "Official")).param("population", "134,967")
			.param("areaKm2", "500")
			.param("gdpPerCapitaYear", "2020")
			.param("schoolingYearsMen", "12.25")
			.param("schoolingYearsMenYear", "3024")
			.param("website", "javascript:alert(1)"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("error-summary")))
			.andExpect(content().string(containsString("Enter the population as a whole number")))
			.andExpect(content().string(containsString("Give the year this figure refers to.")))
			.andExpect(content().string(containsString("Give the figure this year belongs to")))
			.andExpect(content().string(containsString("Enter a number of years with at most one decimal")))
			.andExpect(content().string(containsString("Enter the full address of the website")))
			.andExpect(content().string(containsString("href=\"#areaYear\"")));
		mvc.perform(save(officialOf(city.id(), "Official")).header("Accept-Language", "fr")
			.param("population", "1000")
			.param("populationYear", "3000"))
			.andExpect(content().string(containsString("Saisissez une année entre 1900 et")));
		assertThat(changes()).isZero();
		assertThat(jdbc.sql("select population from city where id = :id")
			.param("id", city.id())
			.query(Long.class)
			.optional()).isEmpty();
	}

	@Test
	void aFormWithoutItsVersionOrWithNonsenseSavesNothingAndNeverFails() throws Exception {
		mvc.perform(post("/cities/{slug}/edit", city.slug()).with(DemoUsers.signedInAs(Role.UIL_ADMIN)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The form was incomplete")));
		mvc.perform(post("/cities/{slug}/edit", city.slug()).with(DemoUsers.signedInAs(Role.UIL_ADMIN))
			.with(csrf())
			.param("version", "not a number")
			.param("population", "x".repeat(5000))
			.param("memberSince", "2019-02-30"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The form was incomplete")))
			.andExpect(content().string(containsString("Enter the population as a whole number")));
		mvc.perform(save(DemoUsers.signedInAs(Role.UIL_ADMIN)).param("memberSince", "2019-02-30"))
			.andExpect(content().string(containsString("This date does not exist.")));
		mvc.perform(save(DemoUsers.signedInAs(Role.UIL_ADMIN)).param("population", "0"))
			.andExpect(content().string(containsString("Enter a number between 1 and 100000000.")));
		assertThat(changes()).isZero();
	}

	@Test
	void aProfileTextCannotBreakOutOfTheStructuredData() throws Exception {
		mvc.perform(save(officialOf(city.id(), "Official")).param("profileText",
				"Learning </script><script>alert('x')</script> & more"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/cities/{slug}", city.slug()))
			.andExpect(content().string(containsString("\\u003c/script\\u003e\\u003cscript\\u003ealert")))
			.andExpect(content().string(not(containsString("</script><script>alert"))))
			.andExpect(content().string(containsString("Learning &lt;/script&gt;")));
	}

	@Test
	void theDashboardOfAnOfficialLeadsToTheirCitysProfile() throws Exception {
		mvc.perform(get("/my").with(officialOf(city.id(), "Official")))
			.andExpect(content().string(containsString("href=\"/cities/" + city.slug() + "/edit\"")));
	}

	/** A save from a form opened now (with the version the city has now). */
	private MockHttpServletRequestBuilder save(RequestPostProcessor who) {
		return save(who,
				jdbc.sql("select version from city where id = :id").param("id", city.id()).query(Long.class).single());
	}

	private MockHttpServletRequestBuilder save(RequestPostProcessor who, long version) {
		return post("/cities/{slug}/edit", city.slug()).with(who).with(csrf()).param("version", Long.toString(version));
	}

	private long changes() {
		return jdbc.sql("select count(*) from city_profile_change where city_id = :city")
			.param("city", city.id())
			.query(Long.class)
			.single();
	}

	private static RequestPostProcessor officialOf(long cityId, String name) {
		return user(
				new PortalUser(777, "official@city.example", "", name, Role.CITY_OFFICIAL, cityId, "KE", "en", true));
	}

}
