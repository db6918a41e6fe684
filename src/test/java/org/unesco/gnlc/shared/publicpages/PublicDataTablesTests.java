package org.unesco.gnlc.shared.publicpages;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.CacheManager;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.unesco.gnlc.PortalTest;
import org.unesco.gnlc.StatementCounting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The data version moves with every change of a table that feeds public pages, whoever
 * makes it, once per transaction and visibly only with the change itself; every table of
 * the schema is either tracked or declared private; and no public page reads a private
 * table (else a change there would leave stale pages).
 */
@PortalTest
@Import(StatementCounting.class)
class PublicDataTablesTests {

	/** The public pages of every feature, as visitors ask for them. */
	private static final List<String> PUBLIC_PAGES = List.of("/", "/cities", "/cities?q=an&sort=country",
			"/cities?award=2015&joined=2015", "/cities/ybycui", "/cities/melton", "/cities.csv", "/api/cities",
			"/network", "/awards", "/awards/2015", "/conferences", "/conferences/2", "/people", "/key-features");

	private static final Pattern TABLE = Pattern.compile("\\b(?:from|join|update|into)\\s+([a-z_][a-z0-9_]*)",
			Pattern.CASE_INSENSITIVE);

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	CacheManager caches;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void everyTableIsTrackedOrDeclaredPrivate() {
		List<String> untracked = jdbc
			.sql("""
					select c.relname from pg_class c
					where c.relnamespace = current_schema()::regnamespace and c.relkind in ('r', 'p')
					  and not exists (select 1 from pg_trigger t where t.tgrelid = c.oid and t.tgname = 'public_data_changed')
					  and c.relname not in (select table_name from public_data_private_table)
					""")
			.query(String.class)
			.list();
		assertThat(untracked).isEmpty();
		assertThat(jdbc
			.sql("""
					select count(*) from pg_class c join pg_trigger t on t.tgrelid = c.oid and t.tgname = 'public_data_changed'
					where c.relname in (select table_name from public_data_private_table)
					""")
			.query(Long.class)
			.single()).isZero();
		assertThat(tracked()).contains("city", "country", "award_cycle", "award_recipient", "conference",
				"conference_person", "key_feature");
	}

	@Test
	void aTableAddedByALaterMigrationIsTrackedAfterItAndOneDeclaredPrivateIsNoLonger() {
		jdbc.sql("create table public_data_later_feature (id bigint primary key)").update();
		try {
			// What db/migration/afterMigrate.sql runs after every migration.
			assertThat(jdbc.sql("select gnlc_track_public_tables()").query(Integer.class).single()).isEqualTo(1);
			long before = version();
			jdbc.sql("insert into public_data_later_feature values (1)").update();
			assertThat(version()).isEqualTo(before + 1);

			jdbc.sql("insert into public_data_private_table values ('public_data_later_feature', 'a test')").update();
			assertThat(jdbc.sql("select gnlc_untrack_private_tables()").query(Integer.class).single()).isEqualTo(1);
			jdbc.sql("insert into public_data_later_feature values (2)").update();
			assertThat(version()).isEqualTo(before + 1);
		}
		finally {
			jdbc.sql("drop table public_data_later_feature").update();
			jdbc.sql("delete from public_data_private_table where table_name = 'public_data_later_feature'").update();
		}
	}

	@Test
	void aTransactionBumpsTheVersionOnceAndOnlyWhenItCommits() {
		long before = version();
		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			jdbc.sql("update city set version = version where slug = 'ybycui'").update();
			jdbc.sql("update country set version = version where code = 'PY'").update();
			// Not before the commit, seen from another connection.
			assertThat(CompletableFuture.supplyAsync(this::version).join()).isEqualTo(before);
		});
		assertThat(version()).isEqualTo(before + 1);

		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			jdbc.sql("update city set version = version where slug = 'ybycui'").update();
			status.setRollbackOnly();
		});
		assertThat(version()).as("a rolled back change").isEqualTo(before + 1);

		jdbc.sql("update login_throttle set failures = failures where false").update();
		jdbc.sql("delete from security_event where false").update();
		assertThat(version()).as("private tables").isEqualTo(before + 1);
	}

	@Test
	void noPublicPageReadsAPrivateTable() throws Exception {
		Set<String> tracked = Set.copyOf(tracked());
		Set<String> tables = Set.copyOf(jdbc
			.sql("""
					select relname from pg_class where relnamespace = current_schema()::regnamespace and relkind in ('r', 'p')
					""")
			.query(String.class)
			.list());
		List<String> read = new ArrayList<>();
		for (String page : PUBLIC_PAGES) {
			caches.getCacheNames().forEach(name -> caches.getCache(name).clear());
			var statements = StatementCounting.count(() -> mvc.perform(get(page)).andExpect(status().isOk()));
			for (String sql : statements.sql()) {
				Matcher table = TABLE.matcher(sql);
				while (table.find()) {
					String name = table.group(1).toLowerCase();
					// The version itself is read by every instance, once a second.
					if (tables.contains(name) && !name.equals("public_data_version")) {
						read.add(page + " reads " + name);
					}
				}
			}
		}
		assertThat(read).isNotEmpty()
			.allSatisfy(line -> assertThat(tracked).as(line).contains(line.substring(line.lastIndexOf(' ') + 1)));
	}

	private List<String> tracked() {
		return jdbc
			.sql("""
					select c.relname from pg_class c join pg_trigger t on t.tgrelid = c.oid and t.tgname = 'public_data_changed'
					""")
			.query(String.class)
			.list();
	}

	private long version() {
		return jdbc.sql("select version from public_data_version").query(Long.class).single();
	}

}
