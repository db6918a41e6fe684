package org.unesco.gnlc.city;

import org.junit.jupiter.api.Test;
import org.unesco.gnlc.reference.UnescoRegion;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The directory reads any address without failing, and says which parameters it could not
 * use.
 */
class DirectoryRequestTests {

	@Test
	void anEmptyAddressIsTheWholeDirectoryByName() {
		var parsed = DirectoryRequest.parse(null, null, null, null, null, null, null, null, null);
		assertThat(parsed.query()).isEqualTo(DirectoryQuery.everything());
		assertThat(parsed.problems()).isEmpty();
		assertThat(parsed.query().parameters()).isEmpty();
	}

	@Test
	void usableValuesAreReadLeniently() {
		var parsed = DirectoryRequest.parse("  Ybycuí\t ", "latin-america-caribbean", "py", "2015", "2015",
				"POPULATION", null, "3", "50");
		assertThat(parsed.problems()).isEmpty();
		assertThat(parsed.query()).isEqualTo(new DirectoryQuery("Ybycuí", UnescoRegion.LATIN_AMERICA_CARIBBEAN, "PY",
				2015, 2015, DirectorySort.POPULATION, true, 3, 50));
		assertThat(parsed.query().parameters()).containsEntry("sort", "population")
			.containsEntry("dir", "desc")
			.containsEntry("page", "3");
	}

	@Test
	void unusableValuesAreLeftOutAndExplained() {
		var parsed = DirectoryRequest.parse("x".repeat(5000), "MARS", "Mexico", "1999", "next", "height", "up", "-1",
				"100000");
		assertThat(parsed.problems()).extracting(DirectoryRequest.Problem::parameter)
			.containsExactly("q", "region", "country", "award", "joined", "sort", "dir", "page", "size");
		assertThat(parsed.query().search()).hasSize(DirectoryQuery.MAX_SEARCH_LENGTH);
		assertThat(parsed.query().region()).isNull();
		assertThat(parsed.query().countryCode()).isNull();
		assertThat(parsed.query().page()).isOne();
		assertThat(parsed.query().size()).isEqualTo(DirectoryQuery.PAGE_SIZE);
	}

	@Test
	void anEchoedValueIsShortAndHasNoControlCharacters() {
		var parsed = DirectoryRequest.parse(null, "\u0000" + "A".repeat(200), null, null, null, null, null, null, null);
		assertThat(parsed.problems().get(0).arguments().get(0).toString()).hasSize(41).doesNotContain("\u0000");
	}

	@Test
	void aSearchsWildcardsAreEscapedForLike() {
		assertThat(Directory.likeEscaped("50%_off\\")).isEqualTo("50\\%\\_off\\\\");
	}

	@Test
	void slugsLoseAccentsAndLettersWithoutDecomposition() {
		assertThat(Cities.slug("Sønderborg")).isEqualTo("sonderborg");
		assertThat(Cities.slug("N'Zérékoré")).isEqualTo("n-zerekore");
		assertThat(Cities.slug("Câmara de Lobos")).isEqualTo("camara-de-lobos");
		assertThat(Cities.slug("!!!")).isEqualTo("city");
		assertThat(Cities.slug("a".repeat(300))).hasSize(100);
	}

	@Test
	void theStructuredDataCannotCloseItsScriptElement() {
		assertThat(JsonLd.scriptSafe("{\"d\":\"</script><b>&\"}"))
			.isEqualTo("{\"d\":\"\\u003c/script\\u003e\\u003cb\\u003e\\u0026\"}");
	}

}
