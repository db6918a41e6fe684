package org.unesco.gnlc.award;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.unesco.gnlc.PortalTest;
import org.unesco.gnlc.city.Cities;
import org.unesco.gnlc.city.CityInfo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import java.util.List;
import org.assertj.core.groups.Tuple;

/**
 * The real data: the 2015 recipients with the seed's figures and the people who received
 * the Award, the later cycles with their recipients and quotas, each recipient a member
 * city.
 */
@PortalTest
class AwardRecordTests {

	@Autowired
	Awards awards;

	@Autowired
	Cities cities;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Test
	void everyCycleHasItsRecipientsAndItsQuotaPerNationalCommission() {
		assertThat(awards.cycles(Locale.ENGLISH)).filteredOn(AwardCycleInfo::isPublished)
			.filteredOn(cycle -> cycle.year() <= 2024)
			.extracting(AwardCycleInfo::year, AwardCycleInfo::recipients, AwardCycleInfo::nominationQuota,
					AwardCycleInfo::iclcCity)
			.containsExactly(Tuple.tuple(2024, 10, 2, "Jubail"), Tuple.tuple(2021, 10, 2, "Yeonsu"),
					Tuple.tuple(2019, 10, 3, "Medellín"), Tuple.tuple(2017, 16, 3, "Cork"),
					Tuple.tuple(2015, 12, 3, "Mexico City"));
		assertThat(awards.cycle(2024, Locale.FRENCH)).hasValueSatisfying(cycle -> {
			assertThat(cycle.title()).isEqualTo("Prix UNESCO de la ville apprenante 2024");
			assertThat(cycle.nominationDeadline()).hasToString("2024-06-28");
			assertThat(cycle.isPublished()).isTrue();
		});
	}

	@Test
	void theRecipientsOf2015AreTheSeedsTwelveWithWhoReceivedTheAward() {
		assertThat(awards.recipients(2015, Locale.ENGLISH)).hasSize(12).first().satisfies(melton -> {
			assertThat(melton.city().name()).isEqualTo("Melton");
			assertThat(melton.city().countryName()).isEqualTo("Australia");
			assertThat(melton.representativeName()).isEqualTo("Sophie Ramsey");
			assertThat(melton.representativeTitle()).isEqualTo("Mayor of the City of Melton");
		});
		assertThat(awards.recipients(2015, Locale.ENGLISH)).extracting(AwardRecipientInfo::representativeName)
			.contains("Jong-Sun Kim", "Willie McAuliffe", "María del Carmen Benítez Díaz");
	}

	@Test
	void corkReceivedTheAwardTwiceAndIsListedOnce() {
		long cork = cities.bySlug("cork").orElseThrow().id();
		assertThat(awards.yearsAwarded(cork)).containsExactly(2015, 2024);
		assertThat(jdbc.sql("select count(*) from city where slug like 'cork%'").query(Long.class).single()).isOne();
		assertThat(awards.yearsAwarded(List.of(cork, cities.bySlug("melton").orElseThrow().id()))).containsEntry(cork,
				List.of(2015, 2024));
	}

	@Test
	void everyLaterRecipientIsAMemberCityInItsCountryWithoutAnInventedDate() {
		assertThat(cities.bySlug("sonderborg")).hasValueSatisfying(city -> {
			assertThat(city.name()).isEqualTo("Sønderborg");
			assertThat(city.countryCode()).isEqualTo("DK");
			assertThat(city.isMember()).isTrue();
			assertThat(city.memberSince()).isNull();
		});
		assertThat(cities.bySlug("n-zerekore")).map(CityInfo::countryCode).contains("GN");
		assertThat(cities.bySlug("belfast")).map(CityInfo::countryCode).contains("GB");
		assertThat(jdbc.sql("""
				select count(*) from award_recipient r join city c on c.id = r.city_id where not c.member
				""").query(Long.class).single()).isZero();
		// The real record only: recipients of the test fixtures' cycles (years from 3000
		// on) aside.
		assertThat(jdbc.sql("""
				select count(distinct r.city_id) from award_recipient r join award_cycle c on c.id = r.cycle_id
				where c.year <= 2024
				""").query(Long.class).single()).isEqualTo(57L);
	}

	@Test
	void theTwelveOf2015AreMembersSinceTheOpeningOfTheNetworkWithTheSeedsFigures() {
		assertThat(
				jdbc.sql("select count(*) from city where member_since = date '2015-09-28'").query(Long.class).single())
			.isEqualTo(12L);
		var balanga = jdbc.sql("select population, area_km2, population_year from city where slug = 'balanga'")
			.query()
			.singleRow();
		assertThat(balanga).containsEntry("population", 93687L).containsEntry("population_year", null);
		assertThat(balanga.get("area_km2")).hasToString("111.63");
		assertThat(jdbc.sql("select population from city where slug = 'beijing'").query(Long.class).single())
			.isEqualTo(21_516_000L);
		// Among the twelve only: other tests admit cities whose applications carry a
		// website onto the profile.
		assertThat(jdbc.sql("""
				select count(*) from city where member_since = date '2015-09-28'
				  and (gdp_per_capita_usd is not null or website is not null)
				""").query(Long.class).single()).as("the seed gives no GDP and no website: none is invented").isZero();
	}

	@Test
	void theAwardPagesListTheCyclesAndLinkTheRecipientsToTheirProfiles() throws Exception {
		mvc.perform(get("/awards"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/awards/2017\"")))
			.andExpect(
					content().string(containsString("2nd International Conference on Learning Cities, Mexico City")));
		mvc.perform(get("/awards/2017"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("16 recipients")))
			.andExpect(content().string(containsString("href=\"/cities/villa-maria\"")))
			.andExpect(content().string(containsString("href=\"/cities?award=2017\"")));
		mvc.perform(get("/awards/2015").header("Accept-Language", "es"))
			.andExpect(content().string(containsString("Sophie Ramsey")))
			.andExpect(content().string(containsString("2.ª Conferencia Internacional")));
	}

	@Test
	void aYearWithoutACycleIsAPageNotFound() throws Exception {
		mvc.perform(get("/awards/2016")).andExpect(status().isNotFound());
		mvc.perform(get("/awards/twenty")).andExpect(status().isNotFound());
		mvc.perform(get("/awards/99999999999")).andExpect(status().isNotFound());
	}

}
