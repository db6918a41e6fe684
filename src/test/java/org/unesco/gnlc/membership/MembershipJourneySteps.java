package org.unesco.gnlc.membership;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.unesco.gnlc.city.Cities;
import org.unesco.gnlc.city.CityInfo;
import org.unesco.gnlc.shared.security.PortalUser;
import org.unesco.gnlc.shared.security.Role;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;

/**
 * The steps of the membership journey over HTTP that its tests share: a new city and its
 * official, a National Commission endorser, an application started, completed section by
 * section and signed.
 */
abstract class MembershipJourneySteps {

	static final AtomicInteger CITIES = new AtomicInteger();

	static final byte[] SCAN = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	@Autowired
	MockMvc mvc;

	@Autowired
	Cities cities;

	@Autowired
	JdbcClient jdbc;

	record Applicant(long id, String name, String countryCode) {

		RequestPostProcessor official() {
			return user(new PortalUser(100_000 + id, "official" + id + "@test.example", "", "Official of " + name,
					Role.CITY_OFFICIAL, id, countryCode, "en", true));
		}

	}

	Applicant newCity(String countryCode) {
		CityInfo city = cities.findOrRegister(
				"Testville " + countryCode + " " + CITIES.incrementAndGet() + " " + System.nanoTime(), countryCode);
		return new Applicant(city.id(), city.name(), countryCode);
	}

	static RequestPostProcessor endorserOf(String countryCode) {
		return user(new PortalUser(200_000 + countryCode.hashCode(), "natcom." + countryCode + "@test.example", "",
				"Endorser " + countryCode, Role.NATCOM_ENDORSER, null, countryCode, "en", true));
	}

	long start(Applicant city) throws Exception {
		String location = mvc.perform(post("/membership/applications").with(city.official()).with(csrf()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	long startAndComplete(Applicant city) throws Exception {
		long id = start(city);
		section(city, id, "city", "cityName", city.name(), "website", "https://city.example");
		section(city, id, "mayor", "mayorSalutation", "Ms", "mayorName", "Ana Example", "mayorTitle", "Mayor");
		section(city, id, "contact", "contactName", "Luis Example", "contactTitle", "Head of Learning",
				"contactOrganisation", "City Hall", "contactAddress", "Main Square 1", "contactPhone", "+51 1 234 5678",
				"contactEmail", "learning@city.example", "contactLanguage", "en");
		section(city, id, "pledge", "pledgeBeijingDeclaration", "true", "pledgeKeyFeatures", "true");
		section(city, id, "profile", "population", "250000", "populationYear", "2024", "areaKm2", "120.5", "areaYear",
				"2024", "gdpCityUsd", "9000", "gdpCityYear", "2023", "gdpCountryUsd", "7000", "gdpCountryYear", "2023",
				"schoolingMen", "9.5", "schoolingMenYear", "2022", "schoolingWomen", "9.8", "schoolingWomenYear",
				"2022");
		section(city, id, "motivation", "motivation", "To learn with other cities.");
		section(city, id, "implementation", "implementation", "A lifelong learning council.", "implementationLinks",
				"https://city.example/plan");
		List<String> ratings = new ArrayList<>();
		jdbc.sql("select id from membership_challenge where active").query(Long.class).list().forEach(challenge -> {
			ratings.add("ratings[" + challenge + "]");
			ratings.add("4");
		});
		section(city, id, "challenges", ratings.toArray(String[]::new));
		return id;
	}

	void section(Applicant city, long id, String slug, String... fields) throws Exception {
		var request = post("/membership/applications/{id}/sections/{slug}", id, slug).param("version", "0")
			.with(city.official())
			.with(csrf());
		for (int i = 0; i < fields.length; i += 2) {
			request.param(fields[i], fields[i + 1]);
		}
		mvc.perform(request).andExpect(flash().attribute("success", "membership.section.completed"));
	}

	void uploadScan(Applicant city, long id) throws Exception {
		mvc.perform(multipart("/membership/applications/{id}/signed-form", id)
			.file(new MockMultipartFile("file", "signed scan\r\n.pdf", "application/octet-stream", SCAN))
			.with(city.official())
			.with(csrf())).andExpect(flash().attribute("success", "membership.signedForm.uploaded"));
	}

	String state(long id) {
		return jdbc.sql("select state from membership_application where id = :id")
			.param("id", id)
			.query(String.class)
			.single();
	}

}
