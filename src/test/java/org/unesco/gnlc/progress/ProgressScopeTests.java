package org.unesco.gnlc.progress;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.unesco.gnlc.DemoUsers;
import org.unesco.gnlc.PortalTest;
import org.unesco.gnlc.progress.ProgressFixtures.Member;
import org.unesco.gnlc.shared.security.Role;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Every progress route refuses the wrong city, the wrong country and the wrong role. */
@PortalTest
class ProgressScopeTests {

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R',
			0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, (byte) 0xc4, (byte) 0x89 };

	@Autowired
	MockMvc mvc;

	@Autowired
	ProgressFixtures fixtures;

	@Test
	void anOfficialOfAnotherCityCanNeitherReadNorEditNorSubmitTheReport() throws Exception {
		Member city = fixtures.member("PE");
		long id = fixtures.reportOf(fixtures.openRound(40, 30), city);
		var melton = DemoUsers.signedInAs(Role.CITY_OFFICIAL);
		mvc.perform(get("/progress-reports/{id}", id).with(melton)).andExpect(status().isForbidden());
		mvc.perform(get("/progress-reports/{id}/sections/1.1", id).with(melton)).andExpect(status().isForbidden());
		mvc.perform(post("/progress-reports/{id}/sections/1.1", id).param("version", "0")
			.param("answer", "Not ours")
			.with(melton)
			.with(csrf())).andExpect(status().isForbidden());
		mvc.perform(post("/progress-reports/{id}/submit", id).with(melton).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/progress-reports/{id}/report.pdf", id).with(melton)).andExpect(status().isForbidden());
		mvc.perform(get("/progress-reports").with(melton))
			.andExpect(content().string(not(containsString(city.name()))));
	}

	@Test
	void anEndorserSeesItsOwnCountrysReportsReadOnlyAndNothingOfAnotherCountry() throws Exception {
		Member city = fixtures.member("PE");
		long id = fixtures.reportOf(fixtures.openRound(40, 30), city);
		mvc.perform(get("/progress-reports/{id}", id).with(ProgressFixtures.endorserOf("PE")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(city.name())))
			.andExpect(content().string(not(containsString("Save the review"))))
			.andExpect(content().string(not(containsString("Suspend the membership"))));
		mvc.perform(get("/progress-reports").with(ProgressFixtures.endorserOf("PE")))
			.andExpect(content().string(containsString(city.name())));
		mvc.perform(get("/progress-reports/{id}", id).with(ProgressFixtures.endorserOf("MX")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/progress-reports").param("country", "PE").with(ProgressFixtures.endorserOf("MX")))
			.andExpect(content().string(not(containsString(city.name()))));
	}

	@Test
	void neitherTheCityNorItsEndorserReviewsAcceptsOrReturnsAReport() throws Exception {
		Member city = fixtures.member("PE");
		long id = fixtures.reportOf(fixtures.openRound(40, 30), city);
		for (RequestPostProcessor who : new RequestPostProcessor[] { city.official(), ProgressFixtures.endorserOf("PE"),
				DemoUsers.signedInAs(Role.JURY_MEMBER) }) {
			mvc.perform(post("/progress-reports/{id}/accept", id).with(who).with(csrf()))
				.andExpect(status().isForbidden());
			mvc.perform(post("/progress-reports/{id}/return", id).param("reasons", "No").with(who).with(csrf()))
				.andExpect(status().isForbidden());
			mvc.perform(post("/progress-reports/{id}/suspend", id).param("reason", "No").with(who).with(csrf()))
				.andExpect(status().isForbidden());
		}
	}

	@Test
	void aReviewerReadsEveryReportButOnlyAnAdministratorSetsUpRounds() throws Exception {
		Member city = fixtures.member("KE");
		long id = fixtures.reportOf(fixtures.openRound(40, 30), city);
		mvc.perform(get("/progress-reports/{id}", id).with(DemoUsers.signedInAs(Role.UIL_REVIEWER)))
			.andExpect(status().isOk());
		mvc.perform(get("/admin/progress-rounds").with(DemoUsers.signedInAs(Role.UIL_REVIEWER)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/progress-reports/{id}", id).with(DemoUsers.signedInAs(Role.JURY_MEMBER)))
			.andExpect(status().isForbidden());
	}

	@Test
	void aPictureIsAttachedAndAFileThatIsNotWhatItClaimsIsRefusedWithAMessage() throws Exception {
		Member city = fixtures.member("PE");
		long id = fixtures.reportOf(fixtures.openRound(40, 30), city);
		mvc.perform(multipart("/progress-reports/{id}/documents", id)
			.file(new MockMultipartFile("file", "festival.png", "image/png", PNG))
			.with(city.official())
			.with(csrf())).andExpect(flash().attribute("success", "progress.document.attached"));
		mvc.perform(multipart("/progress-reports/{id}/documents", id)
			.file(new MockMultipartFile("file", "case-study.pdf", "application/pdf",
					"just text".getBytes(StandardCharsets.US_ASCII)))
			.with(city.official())
			.with(csrf())).andExpect(flash().attributeExists("error"));
		mvc.perform(get("/progress-reports/{id}/links", id).with(city.official()))
			.andExpect(content().string(containsString("festival.png")))
			.andExpect(content().string(not(containsString("case-study.pdf"))));
		mvc.perform(multipart("/progress-reports/{id}/documents", id)
			.file(new MockMultipartFile("file", "festival.png", "image/png", PNG))
			.with(DemoUsers.signedInAs(Role.CITY_OFFICIAL))
			.with(csrf())).andExpect(status().isForbidden());
	}

}
