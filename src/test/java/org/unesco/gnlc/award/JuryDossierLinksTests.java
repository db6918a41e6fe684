package org.unesco.gnlc.award;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.unesco.gnlc.PortalTest;
import org.unesco.gnlc.award.JuryFixtures.Shortlist;
import org.unesco.gnlc.shared.security.PortalUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 12, C11: a juror's page lists five dossiers; a screen reader listing the page's
 * links must hear which city each "Read the dossier" opens, in every language.
 */
@PortalTest
class JuryDossierLinksTests {

	private static final Map<String, String> READ_THE_DOSSIER_OF = Map.of("en", "Read the dossier of ", "fr",
			"Lire le dossier de ", "es", "Leer el expediente de ", "ar", "قراءة ملف ");

	@Autowired
	MockMvc mvc;

	@Autowired
	JuryFixtures fixtures;

	@Test
	void everyDossierLinkOnTheJurorsPageNamesItsCityInEveryLanguage() throws Exception {
		PortalUser juror = fixtures.juror("SE");
		Shortlist shortlist = fixtures.shortlist(List.of(juror), "AU", "MX", "KE", "JP", "BR");
		for (Map.Entry<String, String> language : READ_THE_DOSSIER_OF.entrySet()) {
			Document page = Jsoup.parse(mvc
				.perform(get("/award/jury/{year}", shortlist.year()).param("lang", language.getKey()).with(user(juror)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8));
			List<Element> rows = page.select("tr:has(a[href^=/award/applications/])");
			assertThat(rows).as("rows with a dossier in %s", language.getKey()).hasSize(5);
			for (Element row : rows) {
				String city = row.selectFirst("th[scope=row]").text();
				assertThat(city).startsWith("Fixture city ");
				assertThat(row.selectFirst("a[href^=/award/applications/]").text())
					.as("the dossier link in %s", language.getKey())
					.isEqualTo(language.getValue() + city);
			}
		}
	}

}
