package org.unesco.gnlc.city;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.unesco.gnlc.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The directory as open data: a JSON API with pages and the same filters, a CSV file,
 * schema.org on profiles.
 */
@PortalTest
class OpenDataTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Cities cities;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void removeCitiesOfTheseTests() {
		jdbc.sql("delete from city where name like '%Open data test%'").update();
	}

	@Test
	void theApiPublishesAMemberCityWithItsFiguresAwardsAndLinks() throws Exception {
		mvc.perform(get("/api/cities").param("q", "ybycui").header("Origin", "https://other-network-site.example"))
			.andExpect(status().isOk())
			.andExpect(header().string("Access-Control-Allow-Origin", "*"))
			.andExpect(jsonPath("$.totalElements").value(1))
			.andExpect(jsonPath("$.items[0].name").value("Ybycuí"))
			.andExpect(jsonPath("$.items[0].country.code").value("PY"))
			.andExpect(jsonPath("$.items[0].region").value("LATIN_AMERICA_CARIBBEAN"))
			.andExpect(jsonPath("$.items[0].population.value").value(23094))
			.andExpect(jsonPath("$.items[0].areaKm2.value").value(122))
			.andExpect(jsonPath("$.items[0].memberSince").value("2015-09-28"))
			.andExpect(jsonPath("$.items[0].awards[0].year").value(2015))
			.andExpect(jsonPath("$.items[0].url").value("http://localhost/cities/ybycui"))
			.andExpect(jsonPath("$.links.csv").value("http://localhost/cities.csv?q=ybycui"));
	}

	@Test
	void theApiPagesKeepTheFiltersAndAPagePastTheEndIsEmpty() throws Exception {
		mvc.perform(get("/api/cities").param("region", "EUROPE_NORTH_AMERICA").param("size", "5"))
			.andExpect(jsonPath("$.size").value(5))
			.andExpect(jsonPath("$.totalElements").value(greaterThanOrEqualTo(16)))
			.andExpect(jsonPath("$.links.next")
				.value("http://localhost/api/cities?region=EUROPE_NORTH_AMERICA&page=2&size=5"));
		mvc.perform(get("/api/cities").param("page", "200"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items").isEmpty())
			.andExpect(jsonPath("$.page").value(200));
	}

	@Test
	void parametersTheApiCannotUseAreRefusedWithTheReasonInTheReadersLanguage() throws Exception {
		mvc.perform(get("/api/cities").param("region", "MARS").param("size", "1000").header("Accept-Language", "fr"))
			.andExpect(status().isBadRequest())
			.andExpect(header().string("Content-Type", startsWith("application/problem+json")))
			.andExpect(jsonPath("$.errors[0].parameter").value("region"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("Il n'existe pas de région")))
			.andExpect(jsonPath("$.errors[1].parameter").value("size"));
		mvc.perform(get("/api/cities").param("q", "x".repeat(5000))).andExpect(status().isBadRequest());
	}

	@Test
	void theCsvHasAHeaderInTheReadersLanguageAndOneLinePerCity() throws Exception {
		byte[] csv = mvc.perform(get("/cities.csv").param("country", "PY").header("Accept-Language", "fr"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", startsWith("text/csv")))
			.andExpect(header().string("Content-Disposition", containsString("gnlc-member-cities.csv")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String text = new String(csv, StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFFVille,Pays,Code du pays,Région de l'UNESCO,Population");
		assertThat(text.split("\r\n")).hasSize(2);
		assertThat(text).contains("Ybycuí,Paraguay,PY,Amérique latine et Caraïbes,23094,,122,,");
		assertThat(text).contains(",2015-09-28,2015,http://localhost/cities/ybycui");
	}

	@Test
	void aCsvCellThatASpreadsheetWouldRunAsAFormulaIsDefused() throws Exception {
		CityInfo city = cities.findOrRegister("=HYPERLINK(\"http://evil.example\",\"Open data test\")", "KE");
		cities.admit(city.id(), LocalDate.of(2024, 1, 1));
		String text = mvc.perform(get("/cities.csv").param("country", "KE"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(text).contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Open data test\"\")\"");
	}

	@Test
	void aCsvWithAnUnusableFilterExplainsItself() throws Exception {
		mvc.perform(get("/cities.csv").param("joined", "last year"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("is not a year of joining")));
	}

}
