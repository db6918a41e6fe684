package org.unesco.gnlc.membership;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.unesco.gnlc.DemoUsers;
import org.unesco.gnlc.PortalTest;
import org.unesco.gnlc.shared.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A membership call over HTTP on the real database: its per-country limit holds under
 * concurrent endorsements, UIL exports it, and outside its dates no city can submit.
 */
@PortalTest
class MembershipCallTests extends MembershipJourneySteps {

	@Test
	void theCallsLimitPerCountryHoldsUnderConcurrentEndorsements() throws Exception {
		String country = "UY";
		List<Long> submittedIds = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			Applicant city = newCity(country);
			long id = startAndComplete(city);
			uploadScan(city, id);
			mvc.perform(post("/membership/applications/{id}/submit", id).with(city.official()).with(csrf()));
			submittedIds.add(id);
		}
		RequestPostProcessor endorser = endorserOf(country);
		ExecutorService pool = Executors.newFixedThreadPool(6);
		try {
			List<Future<Object>> clicks = new ArrayList<>();
			for (long id : submittedIds) {
				Callable<Object> click = () -> mvc
					.perform(multipart("/membership/applications/{id}/endorse", id).with(endorser).with(csrf()))
					.andReturn()
					.getFlashMap()
					.get("success");
				clicks.add(pool.submit(click));
			}
			long endorsed = 0;
			for (Future<Object> click : clicks) {
				if ("membership.endorsed".equals(click.get())) {
					endorsed++;
				}
			}
			assertThat(endorsed).isEqualTo(MembershipCall.DEFAULT_PER_COUNTRY_LIMIT);
		}
		finally {
			pool.shutdown();
		}
		assertThat(
				jdbc.sql("select count(*) from membership_application where country_code = 'UY' and state = 'ENDORSED'")
					.query(Integer.class)
					.single())
			.isEqualTo(3);
	}

	@Test
	void uilExportsACallAsCsvAndExcelWithTheStatePerCountry() throws Exception {
		long call = jdbc.sql("select id from membership_call order by id limit 1").query(Long.class).single();
		RequestPostProcessor admin = DemoUsers.signedInAs(Role.UIL_ADMIN);
		String csv = mvc.perform(get("/membership/calls/{id}/applications.csv", call).with(admin))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).contains("Reference,City,Country code").contains("Puebla").contains("Mexico");
		byte[] xlsx = mvc.perform(get("/membership/calls/{id}/applications.xlsx", call).with(admin))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(workbook.getSheet("Per country")).isNotNull();
			assertThat(workbook.getSheet("Applications").getLastRowNum()).isGreaterThanOrEqualTo(10);
		}
		mvc.perform(
				get("/membership/calls/{id}/applications.csv", call).with(DemoUsers.signedInAs(Role.NATCOM_ENDORSER)))
			.andExpect(status().isForbidden());
	}

	@Test
	void submittingOutsideACallIsRefusedAndSaysWhenTheNextOpens() throws Exception {
		Applicant city = newCity("DO");
		long id = startAndComplete(city);
		uploadScan(city, id);
		List<Object[]> saved = jdbc.sql("select id, opens_on, closes_on, decision_deadline from membership_call")
			.query((rs, row) -> new Object[] { rs.getLong(1), rs.getDate(2), rs.getDate(3), rs.getDate(4) })
			.list();
		try {
			jdbc.sql("update membership_call set opens_on = current_date + 30, closes_on = current_date + 60, "
					+ "decision_deadline = current_date + 90")
				.update();
			mvc.perform(post("/membership/applications/{id}/submit", id).with(city.official()).with(csrf()))
				.andExpect(flash().attribute("error", "membership.error.callClosed"));
			mvc.perform(get("/membership/applications/{id}/check", id).with(city.official()))
				.andExpect(content().string(containsString("opens on")));
			assertThat(state(id)).isEqualTo("DRAFT");
		}
		finally {
			for (Object[] call : saved) {
				jdbc.sql(
						"update membership_call set opens_on = :o, closes_on = :c, decision_deadline = :d where id = :id")
					.param("o", call[1])
					.param("c", call[2])
					.param("d", call[3])
					.param("id", call[0])
					.update();
			}
		}
	}

}
