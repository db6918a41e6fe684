package org.unesco.gnlc.search;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;
import org.unesco.gnlc.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The portal's search: ranked full-text search in the interface language, matches marked
 * safely.
 */
@PortalTest
class SiteSearchTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aVisitorFindsSampoSuihkoFirstWithTheMatchMarked() throws Exception {
		String page = search("q", "Sampo Suihko");
		String first = firstResult(page);
		assertThat(first).contains("href=\"/people/sampo-suihko\"").contains("<mark>Sampo</mark> <mark>Suihko</mark>");
		assertThat(text(page)).contains("Person");
	}

	@Test
	void titlesWeighMoreThanSummariesSoTheMatchingSessionComesFirst() throws Exception {
		String page = search("q", "health well-being");
		assertThat(firstResult(page)).contains("Thematic Forum 2: How Learning Cities can Contribute to")
			.contains("#session-");
	}

	@Test
	void wordsAreFoundByTheirStemInTheInterfaceLanguage() throws Exception {
		assertThat(text(search("q", "partnerships networks")))
			.contains("Plenary Session 2: Strengthening Partnerships and Networks");
		String french = search("q", "séances plénières", "lang", "fr");
		assertThat(text(french)).contains("Séance plénière 1", "Séance plénière 2", "Séance plénière 3");
		String spanish = search("q", "foros regionales", "lang", "es");
		assertThat(text(spanish)).contains("Foro regional 1: Africa",
				"Foro regional 5: Latin America and the Caribbean");
	}

	@Test
	void accentsDoNotMatter() throws Exception {
		assertThat(search("q", "Medellin")).contains("href=\"/conferences/4\"");
		assertThat(search("q", "Koseoglu")).contains("href=\"/people/ahmet-koseoglu\"");
		assertThat(search("q", "Ybycui")).contains("href=\"/cities/ybycui\"");
	}

	@Test
	void citiesAreFoundByName() throws Exception {
		String page = search("q", "Sorocaba");
		assertThat(page).contains("href=\"/cities/sorocaba\"").contains("<mark>Sorocaba</mark>");
		assertThat(text(page)).contains("City");
	}

	@Test
	void citiesOfTheArabStatesAreFoundByTheirArabicNameWithOrWithoutDiacritics() throws Exception {
		assertThat(search("q", "عمّان", "lang", "ar")).contains("href=\"/cities/amman\"");
		assertThat(search("q", "عمان")).contains("href=\"/cities/amman\"");
		assertThat(search("q", "الجبيل", "lang", "ar")).contains("href=\"/cities/jubail-industrial-city\"");
	}

	@Test
	void documentsAreFoundByTheirPoints() throws Exception {
		String page = search("q", "\"culture and the arts\"");
		assertThat(page).contains("Mexico City Statement on Sustainable Learning Cities").contains("#document-");
	}

	@Test
	void markupInRecordsAndQueriesIsShownAsTextNeverRun() throws Exception {
		jdbc.sql("insert into conference_person (slug, name, description) values (:slug, :name, :description)")
			.param("slug", "search-test-markup-person")
			.param("name", "Zyxwv <b>Bold</b> Person")
			.param("description", "Writes <script>alert('x')</script> in zyxwv texts")
			.update();
		try {
			String page = search("q", "zyxwv");
			assertThat(page).doesNotContain("<b>Bold</b>").doesNotContain("<script>alert");
			assertThat(page).contains("&lt;b&gt;Bold&lt;/b&gt;").contains("<mark>Zyxwv</mark>");
			String query = search("q", "<script>alert(1)</script>");
			assertThat(query).doesNotContain("<script>alert(1)");
		}
		finally {
			jdbc.sql("delete from conference_person where slug = 'search-test-markup-person'").update();
		}
	}

	@Test
	void anEmptyQueryAsksForWords() throws Exception {
		assertThat(text(search())).contains("Type one or more words to search for.");
		assertThat(text(search("q", "   "))).contains("Type one or more words to search for.");
	}

	@Test
	void aHugeQueryGetsAClearMessageNotAnError() throws Exception {
		String huge = "learning ".repeat(560);
		String page = search("q", huge);
		assertThat(text(page)).contains("Your search is too long. Use at most 200 characters");
	}

	@Test
	void signsAloneAndStopWordsAreExplained() throws Exception {
		assertThat(text(search("q", "!!! && ||"))).contains("Your search has no word to look for.");
		assertThat(text(search("q", "the"))).contains("searched for as written");
	}

	@Test
	void resultsArePagedAndOddPageNumbersAreHarmless() throws Exception {
		String first = search("q", "learning");
		assertThat(text(first)).contains("Showing 1 to 10", "Page 1 of");
		String second = search("q", "learning", "page", "1");
		assertThat(text(second)).contains("Showing 11 to 20", "Page 2 of");
		assertThat(text(search("q", "learning", "page", "-4"))).contains("Showing 1 to 10");
		assertThat(text(search("q", "learning", "page", "abc"))).contains("Showing 1 to 10");
		assertThat(text(search("q", "learning", "page", "99999"))).contains("Page ");
	}

	@Test
	void highlightsBecomeSegmentsAndStrayMarkersVanish() {
		assertThat(Highlights.segments("a " + Highlights.START + "b" + Highlights.STOP + " c")).containsExactly(
				new Highlights.Segment("a ", false), new Highlights.Segment("b", true),
				new Highlights.Segment(" c", false));
		assertThat(Highlights.segments(Highlights.STOP + "x" + Highlights.START))
			.containsExactly(new Highlights.Segment("x", false));
		assertThat(SiteSearch.clean(" a\u0000b " + Highlights.START + "c\n")).isEqualTo("a b c");
	}

	/** The search page for these parameters (name, value, name, value ...). */
	private String search(String... parameters) throws Exception {
		var request = get("/search");
		for (int i = 0; i < parameters.length; i += 2) {
			request.param(parameters[i], parameters[i + 1]);
		}
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private static String firstResult(String page) {
		Matcher matcher = Pattern.compile("(?s)<li class=\"search-result\">(.*?)</li>").matcher(page);
		assertThat(matcher.find()).as("a first result").isTrue();
		return matcher.group(1);
	}

	private static String text(String html) {
		return HtmlUtils.htmlUnescape(html.replaceAll("<[^>]+>", " ")).replaceAll("\\s+", " ");
	}

}
