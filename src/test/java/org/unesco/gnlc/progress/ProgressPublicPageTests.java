package org.unesco.gnlc.progress;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.unesco.gnlc.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The network's progress in public: charts drawn on the server, the same figures as
 * tables and CSV.
 */
@PortalTest
class ProgressPublicPageTests {

	@Autowired
	MockMvc mvc;

	@Test
	void aVisitorSeesEachRoundsReportsByRegionAsAChartAndATable() throws Exception {
		mvc.perform(get("/network/progress"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Biennial progress report 2021–2023")))
			.andExpect(content().string(containsString("<svg")))
			.andExpect(content().string(containsString("role=\"img\"")))
			.andExpect(content().string(containsString("Latin America and the Caribbean")))
			.andExpect(content().string(containsString("Areas of focus where members report most progress")));
	}

	@Test
	void theSameFiguresDownloadAsCsv() throws Exception {
		byte[] csv = mvc.perform(get("/network/progress.csv"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(new String(csv, StandardCharsets.UTF_8)).contains("Reports by UNESCO region")
			.contains("Biennial progress report 2023–2025");
	}

	@Test
	void aCityShowsTheHighlightsItPublishedFromItsAcceptedReportOnItsProfile() throws Exception {
		mvc.perform(get("/cities/melton"))
			.andExpect(content().string(containsString("opened new learning spaces in libraries and parks")));
	}

	@Test
	void thePageReadsInFrenchAndSpanish() throws Exception {
		mvc.perform(get("/network/progress").param("lang", "fr"))
			.andExpect(content().string(containsString("Les progrès du réseau")));
		mvc.perform(get("/network/progress").param("lang", "es"))
			.andExpect(content().string(containsString("El progreso de la red")));
	}

}
