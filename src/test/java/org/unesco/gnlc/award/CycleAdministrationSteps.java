package org.unesco.gnlc.award;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.unesco.gnlc.DemoUsers;
import org.unesco.gnlc.shared.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * What the tests of UIL_ADMIN's cycle administration share: the cycle and criterion forms
 * as a browser sends them, a planned cycle, and the cycle's state read from its tables.
 */
abstract class CycleAdministrationSteps {

	static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

	@Autowired
	MockMvc mvc;

	@Autowired
	AwardFixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	NominationDashboard dashboard;

	int nextYear() {
		return jdbc.sql("select greatest(max(year) filter (where year < 3000) + 1, 2040) from award_cycle")
			.query(Integer.class)
			.single();
	}

	int yearOf(long cycleId) {
		return jdbc.sql("select year from award_cycle where id = :id")
			.param("id", cycleId)
			.query(Integer.class)
			.single();
	}

	long cycles() {
		return jdbc.sql("select count(*) from award_cycle").query(Long.class).single();
	}

	String state(long cycleId) {
		return jdbc.sql("select state from award_cycle where id = :id")
			.param("id", cycleId)
			.query(String.class)
			.single();
	}

	long version(long cycleId) {
		return jdbc.sql("select version from award_cycle where id = :id")
			.param("id", cycleId)
			.query(Long.class)
			.single();
	}

	List<String> criteria(long cycleId) {
		return jdbc.sql(
				"select position || ':' || name_en || ':' || weight from award_criterion where cycle_id = :id order by position")
			.param("id", cycleId)
			.query(String.class)
			.list();
	}

	/**
	 * The form as a browser sends it, each field once: the defaults below, with the given
	 * field/value pairs instead.
	 */
	static MockHttpServletRequestBuilder cycleForm(MockHttpServletRequestBuilder request, long version, int year,
			String... changes) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("version", String.valueOf(version));
		fields.put("year", String.valueOf(year));
		fields.put("titleEn", "UNESCO Learning City Award " + year);
		fields.put("titleFr", "Prix UNESCO de la ville apprenante " + year);
		fields.put("titleEs", "Premio UNESCO Ciudad del Aprendizaje " + year);
		fields.put("callOpensOn", TODAY.minusDays(5).toString());
		fields.put("cityDeadline", TODAY.plusDays(30).toString());
		fields.put("nominationDeadline", TODAY.plusDays(60).toString());
		fields.put("reviewDeadline", TODAY.plusDays(90).toString());
		fields.put("juryDeadline", TODAY.plusDays(120).toString());
		fields.put("ceremonyOn", TODAY.plusDays(150).toString());
		fields.put("nominationQuota", "2");
		fields.put("awardsAvailable", "10");
		fields.put("iclcOrdinal", "7");
		fields.put("iclcCity", "Hangzhou");
		fields.put("iclcCountryCode", "CN");
		return form(request, fields, changes);
	}

	static MockHttpServletRequestBuilder criterionForm(MockHttpServletRequestBuilder request, long version, String name,
			int weight, String... changes) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("cycleVersion", String.valueOf(version));
		fields.put("nameEn", name);
		fields.put("nameFr", name + " (fr)");
		fields.put("nameEs", name + " (es)");
		fields.put("descriptionEn", "What the city did");
		fields.put("descriptionFr", "Ce que la ville a fait");
		fields.put("descriptionEs", "Lo que hizo la ciudad");
		fields.put("weight", String.valueOf(weight));
		fields.put("scaleMax", "10");
		fields.put("wordLimit", "400");
		return form(request, fields, changes);
	}

	private static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, Map<String, String> fields,
			String... changes) {
		for (int i = 0; i + 1 < changes.length; i += 2) {
			fields.put(changes[i], changes[i + 1]);
		}
		fields.forEach(request::param);
		return request.with(DemoUsers.signedInAs(Role.UIL_ADMIN)).with(csrf());
	}

	long planned() throws Exception {
		MvcResult created = mvc.perform(cycleForm(post("/admin/award-cycles"), 0, nextYear())).andReturn();
		String location = created.getResponse().getRedirectedUrl();
		assertThat(location).as("created, not %s", created.getResponse().getContentAsString())
			.startsWith("/admin/award-cycles/");
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	ResultActions open(long id) throws Exception {
		return mvc.perform(post("/admin/award-cycles/{id}/open", id).param("version", String.valueOf(version(id)))
			.with(DemoUsers.signedInAs(Role.UIL_ADMIN))
			.with(csrf()));
	}

}
