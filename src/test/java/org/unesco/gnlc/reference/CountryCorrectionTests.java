package org.unesco.gnlc.reference;

import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.unesco.gnlc.PortalTest;
import org.unesco.gnlc.shared.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.unesco.gnlc.DemoUsers.signedInAs;
import org.hamcrest.Matchers;

/** UIL_ADMIN corrects a country's region and its National Commission; nobody else can. */
@PortalTest
class CountryCorrectionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ReferenceData referenceData;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void restoreCyprus() {
		jdbc.sql("update country set region = 'EUROPE_NORTH_AMERICA', version = 0 where code = 'CY'").update();
		jdbc.sql("update national_commission set name = 'National Commission of Cyprus for UNESCO', email = null, "
				+ "version = 0 where country_code = 'CY'")
			.update();
	}

	@Test
	void anAdministratorMovesACountryToAnotherRegionAndRenamesItsCommission() throws Exception {
		mvc.perform(post("/admin/countries/cy").with(signedInAs(Role.UIL_ADMIN))
			.with(csrf())
			.param("region", "ASIA_PACIFIC")
			.param("commissionName", "  Cyprus National Commission for UNESCO ")
			.param("commissionEmail", "unesco@example.cy")
			.param("countryVersion", "0")
			.param("commissionVersion", "0"))
			.andExpect(redirectedUrl("/admin/countries/CY"))
			.andExpect(flash().attribute("success", "country.saved"));
		assertThat(referenceData.country("CY", Locale.ENGLISH)).map(CountryInfo::region)
			.contains(UnescoRegion.ASIA_PACIFIC);
		assertThat(referenceData.nationalCommission("CY")).hasValueSatisfying(commission -> {
			assertThat(commission.name()).isEqualTo("Cyprus National Commission for UNESCO");
			assertThat(commission.email()).isEqualTo("unesco@example.cy");
		});
	}

	@Test
	void aMissingNameAndAMalformedEmailAreExplainedOnTheFormAndNothingIsSaved() throws Exception {
		mvc.perform(post("/admin/countries/CY").with(signedInAs(Role.UIL_ADMIN))
			.with(csrf())
			.header("Accept-Language", "es")
			.param("region", "AFRICA")
			.param("commissionName", "")
			.param("commissionEmail", "not an address")
			.param("countryVersion", "0")
			.param("commissionVersion", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("error-summary")))
			.andExpect(content().string(containsString("href=\"#commissionName\"")))
			.andExpect(content().string(containsString("aria-invalid=\"true\"")));
		assertThat(referenceData.country("CY", Locale.ENGLISH)).map(CountryInfo::region)
			.contains(UnescoRegion.EUROPE_NORTH_AMERICA);
	}

	@Test
	void aCorrectionMadeOnAStaleCopyIsRefusedWithAConflictAndDoesNotOverwrite() throws Exception {
		jdbc.sql("update national_commission set name = 'Changed meanwhile', version = 1 where country_code = 'CY'")
			.update();
		mvc.perform(post("/admin/countries/CY").with(signedInAs(Role.UIL_ADMIN))
			.with(csrf())
			.header("Accept", "text/html")
			.param("region", "AFRICA")
			.param("commissionName", "Stale edit")
			.param("countryVersion", "0")
			.param("commissionVersion", "0")).andExpect(status().isConflict());
		assertThat(referenceData.nationalCommission("CY")).map(NationalCommissionInfo::name)
			.contains("Changed meanwhile");
		assertThat(referenceData.country("CY", Locale.ENGLISH)).map(CountryInfo::region)
			.contains(UnescoRegion.EUROPE_NORTH_AMERICA);
	}

	@Test
	void anEndorserCannotCorrectEvenTheirOwnCountry() throws Exception {
		mvc.perform(post("/admin/countries/MX").with(signedInAs(Role.NATCOM_ENDORSER))
			.with(csrf())
			.param("region", "AFRICA")
			.param("commissionName", "Hijacked")
			.param("countryVersion", "0")
			.param("commissionVersion", "0")).andExpect(status().isForbidden());
		assertThat(referenceData.country("MX", Locale.ENGLISH)).map(CountryInfo::region)
			.contains(UnescoRegion.LATIN_AMERICA_CARIBBEAN);
	}

	@Test
	void theListFiltersByRegionAndSearchesNamesInEveryLanguage() throws Exception {
		mvc.perform(get("/admin/countries").param("region", "ARAB_STATES").with(signedInAs(Role.UIL_ADMIN)))
			.andExpect(content().string(containsString("Jordan")))
			.andExpect(content().string(Matchers.not(containsString(">Mexico<"))));
		mvc.perform(get("/admin/countries").param("q", "allemagne").with(signedInAs(Role.UIL_ADMIN)))
			.andExpect(content().string(containsString(">Germany<")))
			.andExpect(content().string(containsString("1 country")));
	}

	@Test
	void theListIsPagedAndItsPagerKeepsTheFilter() throws Exception {
		mvc.perform(get("/admin/countries").param("region", "AFRICA").with(signedInAs(Role.UIL_ADMIN)))
			.andExpect(content().string(containsString("Page 1 of 2")))
			.andExpect(content().string(containsString("href=\"/admin/countries?q=&amp;region=AFRICA&amp;page=1\"")));
	}

}
