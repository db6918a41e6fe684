package org.unesco.gnlc.city;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.CacheManager;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.context.annotation.Profile;
import org.unesco.gnlc.DemoUsers;
import org.unesco.gnlc.PortalTest;
import org.unesco.gnlc.StatementCounting;
import org.unesco.gnlc.shared.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The directory's pages cost the same few SQL statements whether the network has its real
 * members (about sixty) or 10,000 more: no statement per city, no N+1. Counted as
 * rendered right after a change of the data (nothing kept yet, neither the pages nor the
 * facts they share), and not counting the check of the data's version, which an instance
 * makes at most once a second (in tests, where it is made at every request, it is the one
 * statement of a kept page). The 10,000 synthetic cities are inserted in one statement
 * and removed afterwards, so other tests see the reference data only.
 */
@PortalTest
@Import(StatementCounting.class)
class DirectoryStatementCountTests {

	private static final int SYNTHETIC = 10_000;

	private static final int MOST_STATEMENTS = 4;

	/**
	 * A profile reads the city, then one statement per contributed section (Award record,
	 * conference roles, progress highlights) and its recent changes.
	 */
	private static final int MOST_PROFILE_STATEMENTS = 5;

	private static final String VERSION_CHECK = "select version, changed_at from public_data_version";

	/** The pages of the issue, and the other public pages of the feature. */
	private static final List<String> PAGES = List.of("/cities", "/cities?page=200",
			"/cities?region=EUROPE_NORTH_AMERICA&sort=population", "/cities?region=ASIA_PACIFIC&joined=2016&page=200",
			"/cities?award=2015&country=PY", "/cities?q=ybycui", "/cities?q=an&sort=country&dir=desc", "/cities/ybycui",
			"/cities/melton", "/api/cities", "/api/cities?page=200&size=20", "/api/cities?q=ybycui", "/network", "/",
			"/awards", "/awards/2015");

	@Autowired
	MockMvc mvc;

	@Autowired
	SyntheticCities synthetic;

	@Autowired
	CacheManager caches;

	@BeforeAll
	static void noSyntheticCitiesLeftFromAnEarlierRun(@Autowired SyntheticCities synthetic) {
		synthetic.removeAll();
	}

	@AfterAll
	static void removeTheSyntheticCities(@Autowired SyntheticCities synthetic) {
		synthetic.removeAll();
	}

	@Test
	void eachPageIssuesTheSameFewStatementsWithTheRealMembersAndWithTenThousandMore() throws Exception {
		Map<String, StatementCounting.Statements> real = countEachPage();
		assertThat(synthetic.ensure(SYNTHETIC)).isEqualTo(SYNTHETIC);
		Map<String, StatementCounting.Statements> large;
		try {
			large = countEachPage();
		}
		finally {
			assertThat(synthetic.removeAll()).isEqualTo(SYNTHETIC);
		}
		for (String page : PAGES) {
			assertThat(real.get(page).count()).as("statements of %s: %s", page, real.get(page).sql())
				.isLessThanOrEqualTo(MOST_STATEMENTS);
			assertThat(large.get(page).count())
				.as("statements of %s with %d more cities: %s", page, SYNTHETIC, large.get(page).sql())
				.isEqualTo(real.get(page).count());
		}
	}

	@Test
	void aPageKeptForVisitorsCostsNothingButTheCheckOfTheDataVersion() throws Exception {
		for (String page : PAGES) {
			mvc.perform(get(page)).andExpect(status().isOk());
			var statements = StatementCounting.count(() -> mvc.perform(get(page))
				.andExpect(status().isOk())
				.andExpect(header().string("X-Cache", "hit")));
			assertThat(statements.sql()).as(page).containsExactly(VERSION_CHECK);
		}
	}

	@Test
	void theProfileAsItsOfficialSeesItWithItsRecentChangesIsStillAFewStatements() throws Exception {
		var official = DemoUsers.signedInAs(Role.CITY_OFFICIAL);
		mvc.perform(get("/cities/melton").with(official)).andExpect(status().isOk());
		var statements = StatementCounting.count(() -> mvc.perform(get("/cities/melton").with(official))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Recent changes"))));
		// A signed-in page also keeps its session (Spring Session's own statements, not
		// the page's).
		assertThat(statements.sql().stream().filter(sql -> !sql.contains("SPRING_SESSION"))).as("%s", statements.sql())
			.hasSizeLessThanOrEqualTo(MOST_PROFILE_STATEMENTS);
	}

	@Test
	void theGeneratorNeverRunsInProduction() {
		assertThat(SyntheticCities.class.getAnnotation(Profile.class).value()).containsExactly("!prod");
	}

	@Test
	void theCsvOfTenThousandCitiesIsStillTwoStatements() throws Exception {
		synthetic.ensure(SYNTHETIC);
		try {
			forgetWhatWasKept();
			var statements = renderingStatements(
					StatementCounting.count(() -> mvc.perform(get("/cities.csv")).andExpect(status().isOk())));
			assertThat(statements).hasSize(2);
		}
		finally {
			synthetic.removeAll();
		}
	}

	private Map<String, StatementCounting.Statements> countEachPage() throws Exception {
		Map<String, StatementCounting.Statements> counts = new LinkedHashMap<>();
		for (String page : PAGES) {
			// Once to warm up what is prepared on first use, then counted as after a
			// change.
			mvc.perform(get(page)).andExpect(status().isOk());
			forgetWhatWasKept();
			List<String> sql = renderingStatements(
					StatementCounting.count(() -> mvc.perform(get(page)).andExpect(status().isOk())));
			counts.put(page, new StatementCounting.Statements(sql.size(), sql));
		}
		return counts;
	}

	/** Empties the kept pages and facts, as a change of the data does. */
	private void forgetWhatWasKept() {
		caches.getCacheNames().forEach(name -> caches.getCache(name).clear());
	}

	private static List<String> renderingStatements(StatementCounting.Statements statements) {
		return statements.sql().stream().filter(sql -> !sql.equals(VERSION_CHECK)).toList();
	}

}
