package org.unesco.gnlc.reference;

import java.util.List;
import java.util.Locale;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.unesco.gnlc.DemoUsers;
import org.unesco.gnlc.PortalTest;
import org.unesco.gnlc.shared.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * C6: the pickers of where a city or a person is list the countries UNESCO works with,
 * its Member States and Associate Members, not Antarctica or Bouvet Island; a record
 * already in another territory keeps it.
 */
@PortalTest
class UnescoCountriesTests {

	@Autowired
	ReferenceData referenceData;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Test
	void unescoCountsItsMemberStatesAndAssociateMembers() {
		assertThat(count("MEMBER_STATE")).isEqualTo(194);
		assertThat(count("ASSOCIATE_MEMBER")).isEqualTo(11);
		List<String> codes = codes(referenceData.unescoCountries(Locale.ENGLISH));
		assertThat(codes).hasSize(205).contains("FR", "MX", "PS", "CK", "NU", "AW", "MO", "TK");
		assertThat(codes).doesNotContain("AQ", "BV", "HM", "UM", "IL", "LI", "HK");
	}

	@Test
	void aRecordInAnotherTerritoryKeepsItInThePicker() {
		assertThat(codes(referenceData.unescoCountries(Locale.ENGLISH, "hk"))).contains("HK").doesNotContain("AQ");
		assertThat(referenceData.unescoCountry("AQ", Locale.ENGLISH)).isEmpty();
		assertThat(referenceData.country("AQ", Locale.ENGLISH)).map(CountryInfo::unesco).contains(false);
	}

	@Test
	void registrationOffersOnlyTheCountriesUnescoWorksWithAndRefusesAnother() throws Exception {
		List<String> offered = options(mvc.perform(get("/register")).andReturn().getResponse().getContentAsString());
		assertThat(offered).contains("MX", "AW").doesNotContain("AQ", "BV");
		String antarctica = mvc.perform(get("/register").param("country", "AQ"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(options(antarctica)).contains("MX").doesNotContain("AQ");
	}

	@Test
	void invitationsAndTheSecretariatsFiltersOfferOnlyThem() throws Exception {
		for (String page : List.of("/admin/invitations", "/admin/accounts", "/membership/decisions")) {
			String html = mvc.perform(get(page).with(DemoUsers.signedInAs(Role.UIL_ADMIN)))
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(options(html)).as(page).contains("MX").doesNotContain("AQ", "BV");
		}
	}

	private int count(String membership) {
		return jdbc.sql("select count(*) from country where unesco_membership = :membership")
			.param("membership", membership)
			.query(Integer.class)
			.single();
	}

	private static List<String> codes(List<CountryInfo> countries) {
		return countries.stream().map(CountryInfo::code).toList();
	}

	private static List<String> options(String html) {
		return Jsoup.parse(html).select("select option").eachAttr("value");
	}

}
