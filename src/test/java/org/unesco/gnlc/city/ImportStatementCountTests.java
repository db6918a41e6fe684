package org.unesco.gnlc.city;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.unesco.gnlc.PortalTest;
import org.unesco.gnlc.StatementCounting;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The preview of a file reads the portal's records a bounded number of times, whatever
 * its size: no statement per row (the cities of the file's countries are loaded once).
 */
@PortalTest
@Import(StatementCounting.class)
class ImportStatementCountTests {

	private static final int MOST_STATEMENTS = 6;

	@Autowired
	ImportPlanner planner;

	@Autowired
	JdbcClient jdbc;

	@Test
	void previewingFourHundredTwentyFiveRowsInNinetyOneCountriesTakesAFewStatements() throws Exception {
		List<String> countries = jdbc.sql("select code from country order by code limit 91").query(String.class).list();
		StringBuilder csv = new StringBuilder(ImportReadingTests.HEADER.strip() + ",slug\n");
		for (int i = 0; i < 425; i++) {
			csv.append("Counted city ")
				.append(i)
				.append(',')
				.append(countries.get(i % 91))
				.append(",2018,1000,2020,3,");
			csv.append("https://counted").append(i).append(".example.org,");
			csv.append("Person ").append(i).append(",counted").append(i).append("@example.org,en,");
			csv.append(i % 50 == 0 ? "melton" : "").append('\n');
		}
		ImportTable table = ImportTable.read(ImportReadingTests.csv(csv.toString()), ImportKind.MEMBER_CITIES);

		StatementCounting.Statements statements = StatementCounting
			.count(() -> planner.plan(ImportKind.MEMBER_CITIES, table));

		assertThat(statements.count()).as(String.join("\n", statements.sql())).isLessThanOrEqualTo(MOST_STATEMENTS);
	}

}
