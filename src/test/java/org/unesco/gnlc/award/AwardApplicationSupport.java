package org.unesco.gnlc.award;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.unesco.gnlc.city.CityInfo;
import org.unesco.gnlc.shared.security.PortalUser;
import org.unesco.gnlc.shared.security.Role;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * What the tests of the city's side of the Award do over HTTP, as a city official would:
 * start, complete every section, upload the signed form and the Consent Form, submit.
 */
@Component
class AwardApplicationSupport {

	/** A scan stand-in: the smallest file Tika recognizes as a PDF. */
	static final byte[] SCAN = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	private static final AtomicLong ACCOUNTS = new AtomicLong(880_000);

	private final JdbcClient jdbc;

	AwardApplicationSupport(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	static PortalUser officialOf(CityInfo city) {
		long id = ACCOUNTS.incrementAndGet();
		return new PortalUser(id, "official" + id + "@test.example", "", "Official " + id, Role.CITY_OFFICIAL,
				city.id(), city.countryCode(), "en", true);
	}

	static RequestPostProcessor as(PortalUser person) {
		return user(person);
	}

	static RequestPostProcessor endorserOf(String countryCode) {
		long id = ACCOUNTS.incrementAndGet();
		return user(new PortalUser(id, "endorser" + id + "@test.example", "", "Endorser " + id, Role.NATCOM_ENDORSER,
				null, countryCode, "en", true));
	}

	static RequestPostProcessor juror() {
		long id = ACCOUNTS.incrementAndGet();
		return user(new PortalUser(id, "juror" + id + "@test.example", "", "Juror " + id, Role.JURY_MEMBER, null, "KE",
				"en", true));
	}

	List<Long> criteria(AwardCycle cycle) {
		return jdbc.sql("select id from award_criterion where cycle_id = :cycle order by position")
			.param("cycle", cycle.id())
			.query(Long.class)
			.list();
	}

	long start(MockMvc mvc, PortalUser official, AwardCycle cycle) throws Exception {
		String location = mvc
			.perform(post("/award/cycles/{id}/applications", cycle.id()).with(as(official)).with(csrf()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	/** Starts the application and completes every section. */
	long startAndComplete(MockMvc mvc, PortalUser official, AwardCycle cycle) throws Exception {
		long id = start(mvc, official, cycle);
		mvc.perform(post("/award/applications/{id}/sections/profile", id).param("version", "0")
			.param("mayorName", "Ana Mayor")
			.param("mayorTitle", "Mayor")
			.param("contactName", "Carl Contact")
			.param("contactTitle", "Head of Learning")
			.param("contactEmail", "learning@city.example")
			.param("contactPhone", "+61 3 0000 0000")
			.param("population", "180000")
			.param("summary", "A city where everyone learns.")
			.param("complete", "true")
			.with(as(official))
			.with(csrf()));
		for (Long criterion : criteria(cycle)) {
			mvc.perform(
					post("/award/applications/{id}/sections/criteria/{criterion}", id, criterion).param("version", "0")
						.param("answer", "Our work on criterion " + criterion + " reached every district.")
						.param("complete", "true")
						.with(as(official))
						.with(csrf()));
		}
		return id;
	}

	void upload(MockMvc mvc, PortalUser official, long id, String what) throws Exception {
		mvc.perform(multipart("/award/applications/{id}/" + what, id)
			.file(new MockMultipartFile("file", what + ".pdf", "application/pdf", SCAN))
			.with(as(official))
			.with(csrf()));
	}

	/**
	 * A complete application, signed and with its Consent Form, submitted to the National
	 * Commission.
	 */
	long submitted(MockMvc mvc, PortalUser official, AwardCycle cycle) throws Exception {
		long id = startAndComplete(mvc, official, cycle);
		upload(mvc, official, id, "signed-form");
		upload(mvc, official, id, "consent-form");
		mvc.perform(post("/award/applications/{id}/submit", id).with(as(official)).with(csrf()));
		return id;
	}

	String state(long id) {
		return jdbc.sql("select state from award_application where id = :id")
			.param("id", id)
			.query(String.class)
			.single();
	}

	int count(String sql, long id) {
		return jdbc.sql(sql).param("id", id).query(Integer.class).single();
	}

}
