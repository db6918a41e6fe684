package org.unesco.gnlc.city;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.unesco.gnlc.DemoUsers;
import org.unesco.gnlc.PortalTest;
import org.unesco.gnlc.shared.security.PortalUser;
import org.unesco.gnlc.shared.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * UIL brings the existing network in through /admin/imports: a file is previewed without
 * writing anything, applied in one transaction, and the same file imported again changes
 * nothing. Each test names its cities with a token of its own and removes them
 * afterwards.
 */
@PortalTest
class CityImportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	String token;

	RequestPostProcessor admin;

	@BeforeEach
	void aRealAdministrator() {
		token = UUID.randomUUID().toString().substring(0, 6);
		long id = jdbc.sql("select id from account where email = 'admin@demo.example'").query(Long.class).single();
		admin = user(new PortalUser(id, "admin@demo.example", "", "Demo UIL Administrator", Role.UIL_ADMIN, null, null,
				"en", true));
	}

	@AfterEach
	void removeWhatTheTestImported() {
		jdbc.sql("delete from account where invitation_batch is not null and email like :pattern")
			.param("pattern", "%" + token + "%")
			.update();
		jdbc.sql("delete from city where name like :pattern").param("pattern", "%" + token + "%").update();
		jdbc.sql("delete from city_import where file_name like :pattern").param("pattern", "%" + token + "%").update();
	}

	@Test
	void aFileOf425CitiesIn91CountriesIsPreviewedInUnderFiveSecondsAppliedAndTheSameFileAgainChangesNothing()
			throws Exception {
		List<String> countries = jdbc
			.sql("select code from country where unesco_membership is not null order by code limit 91")
			.query(String.class)
			.list();
		StringBuilder csv = new StringBuilder(ImportReadingTests.HEADER);
		String[] accents = { "Ybycuí", "Câmara de Lobos", "N'Zérékoré", "Sønderborg", "Łódź", "Ålesund" };
		for (int i = 0; i < 425; i++) {
			csv.append("\"")
				.append(accents[i % accents.length])
				.append(" ")
				.append(token)
				.append(" ")
				.append(i)
				.append("\",")
				.append(countries.get(i % 91))
				.append(",")
				.append(2015 + i % 11)
				.append(",")
				.append(10000 + i)
				.append(",2022,")
				.append(i + 1)
				.append(".5,https://city")
				.append(i)
				.append(".example.org,");
			if (i % 5 == 0) {
				csv.append("Official ")
					.append(i)
					.append(",official")
					.append(i)
					.append("-")
					.append(token)
					.append("@example.org,fr");
			}
			else {
				csv.append(",,");
			}
			csv.append("\n");
		}
		String fileName = "members-" + token + ".csv";
		byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);

		long started = System.nanoTime();
		String importPath = upload(fileName, "MEMBER_CITIES", bytes);
		String preview = mvc.perform(get(importPath).with(admin)).andReturn().getResponse().getContentAsString();
		long firstPreviewMillis = (System.nanoTime() - started) / 1_000_000;
		assertThat(preview).contains("id=\"count-rows\">425<", "id=\"count-created\">425<", "id=\"count-errors\">0<",
				"id=\"count-invitations\">85<", "Sønderborg " + token, "N&#39;Zérékoré " + token);
		assertThat(cityCount()).as("nothing is written by a preview").isZero();
		// The preview page reads the kept file and plans it again in full each time it is
		// shown.
		started = System.nanoTime();
		mvc.perform(get(importPath).param("show", "CREATE").param("page", "3").with(admin)).andExpect(status().isOk());
		long previewMillis = (System.nanoTime() - started) / 1_000_000;

		started = System.nanoTime();
		apply(importPath, false);
		long applyMillis = (System.nanoTime() - started) / 1_000_000;
		System.out.printf(
				"Import of 425 cities in 91 countries: upload with preview %d ms (first in this JVM), preview page %d ms, apply %d ms%n",
				firstPreviewMillis, previewMillis, applyMillis);
		assertThat(previewMillis).isLessThan(5_000);
		assertThat(cityCount()).isEqualTo(425);
		assertThat(jdbc.sql("select count(distinct country_code) from city where member and name like :p")
			.param("p", "%" + token + "%")
			.query(Integer.class)
			.single()).isEqualTo(91);
		assertThat(
				jdbc.sql("select count(*) from account where status = 'INVITED' and invitation_held and email like :p")
					.param("p", "%" + token + "%")
					.query(Integer.class)
					.single())
			.isEqualTo(85);
		assertThat(jdbc.sql("""
				select distinct ch.source_file || ' by ' || ch.author_name from city_profile_change ch
				join city c on c.id = ch.city_id where c.name like :p
				""").param("p", "%" + token + "%").query(String.class).list())
			.containsExactly(fileName + " by Demo UIL Administrator");
		mvc.perform(get("/cities").param("q", "Sønderborg " + token + " 3"))
			.andExpect(content().string(containsString("Sønderborg " + token + " 3")))
			.andExpect(content().string(containsString("2018")));

		int historyRows = historyCount();
		String again = upload(fileName, "MEMBER_CITIES", bytes);
		mvc.perform(get(again).with(admin))
			.andExpect(content().string(containsString("id=\"count-unchanged\">425<")))
			.andExpect(content().string(containsString("id=\"count-created\">0<")))
			.andExpect(content().string(containsString("id=\"count-updated\">0<")))
			.andExpect(content().string(containsString("id=\"count-invitations\">0<")));
		apply(again, false);
		assertThat(cityCount()).isEqualTo(425);
		assertThat(historyCount()).as("a second import of the same file changes nothing").isEqualTo(historyRows);
	}

	@Test
	void aFileWithTenKindsOfErrorsReportsEachOnItsLineAndWritesNothingUnlessAsked() throws Exception {
		String other = "other-" + token + "@example.org";
		String csv = ImportReadingTests.HEADER.strip() + ",slug\n" + "Valid " + token + ",KE,2019\n" // 2
																										// valid
				+ "Atlantis " + token + ",XX,2015\n" // 3 unknown country
				+ "Future " + token + ",KE,2999\n" // 4 a year in the future
				+ "Ftp " + token + ",KE,2016,,,,ftp://ftp.example.org\n" // 5 website not
																			// http(s)
				+ "Mail " + token + ",KE,2016,,,,,Ana,ana@@example\n" // 6 invalid e-mail
				+ "Many " + token + ",KE,2016,many\n" // 7 population not a number
				+ "VALID " + token + ",ke,2019\n" // 8 the same city twice
				+ "Two " + token + ",KE,2016,,,,,Kim," + other + ",en\n" // 9 valid, with
																			// an official
				+ "Three " + token + ",KE,2016,,,,,Kim," + other + ",en\n" // 10 the
																			// official of
																			// another
																			// city
				+ "Lang " + token + ",KE,2016,,,,,Lee,lee-" + token + "@example.org,de\n" // 11
																							// language
				+ "When " + token + ",KE,soon\n" // 12 neither a year nor a date
				+ "Melton " + token + ",AU,2016,,,,,,,,no-such-city-" + token + "\n"; // 13
																						// unknown
																						// slug
		String importPath = upload("errors-" + token + ".csv", "MEMBER_CITIES", csv.getBytes(StandardCharsets.UTF_8));

		String page = mvc.perform(get(importPath).param("show", "ERROR").with(admin))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"count-errors\">10<", "id=\"count-created\">2<");
		assertThat(page).contains("id=\"line-3\"", "&quot;XX&quot; is not a country code");
		assertThat(page).contains("id=\"line-4\"", "2999 is in the future");
		assertThat(page).contains("id=\"line-5\"", "is not a web address starting with http:// or https://");
		assertThat(page).contains("id=\"line-6\"", "&quot;ana@@example&quot; is not a valid e-mail address");
		assertThat(page).contains("id=\"line-7\"", "&quot;many&quot; is not a number");
		assertThat(page).contains("id=\"line-8\"", "this city is already on line 2 of the file");
		assertThat(page).contains("id=\"line-10\"", other + " is already on line 9 of the file");
		assertThat(page).contains("id=\"line-11\"", "&quot;de&quot; is not a language of the portal");
		assertThat(page).contains("id=\"line-12\"", "&quot;soon&quot; is neither a year");
		assertThat(page).contains("id=\"line-13\"", "no city of the portal has the slug");

		mvc.perform(post(importPath + "/apply").param("version", "0").with(admin).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The file has 10 rows in error")));
		assertThat(cityCount()).as("nothing written unless asked").isZero();

		apply(importPath, true);
		assertThat(cityCount()).isEqualTo(2);
		assertThat(jdbc.sql("select errors_accepted from city_import where id = :id")
			.param("id", Long.parseLong(importPath.substring(importPath.lastIndexOf('/') + 1)))
			.query(Boolean.class)
			.single()).isTrue();
	}

	@Test
	void anOfficialWhoAlreadyActsForAnotherCityIsRefusedOnItsLine() throws Exception {
		String csv = ImportReadingTests.HEADER + "Elsewhere " + token + ",KE,2016,,,,,Someone,melton@demo.example,en\n";
		String importPath = upload("official-" + token + ".csv", "MEMBER_CITIES", csv.getBytes(StandardCharsets.UTF_8));

		mvc.perform(get(importPath).with(admin))
			.andExpect(content().string(containsString("melton@demo.example already acts for another city (Melton)")));
	}

	@Test
	void endorsersAndOfficialsAreInvitedAndTheirMailsWaitUntilUilSendsThem() throws Exception {
		String endorser = "natcom-" + token + "@example.org";
		String contacts = "country_code;name;email;language\nDK;Søren Jensen " + token + ";" + endorser + ";fr\n";
		String importPath = upload("natcom-" + token + ".csv", "NATCOM_CONTACTS",
				contacts.getBytes(StandardCharsets.UTF_8));
		apply(importPath, false);

		assertThat(jdbc.sql("select role || ' ' || country_code || ' ' || status from account where email = :e")
			.param("e", endorser)
			.query(String.class)
			.single()).isEqualTo("NATCOM_ENDORSER DK INVITED");
		assertThat(mailsTo(endorser)).as("the mail waits").isZero();

		mvc.perform(get(importPath).with(admin))
			.andExpect(content().string(containsString("1 invitations wait to be sent.")));
		mvc.perform(post(importPath + "/invitations").param("version", version(importPath)).with(admin).with(csrf()))
			.andExpect(flash().attribute("success", "city.import.invitationsSent"));
		assertThat(mailsTo(endorser)).isEqualTo(1);

		mvc.perform(post(importPath + "/invitations").param("version", version(importPath)).with(admin).with(csrf()))
			.andExpect(flash().attribute("error", "city.import.notNow"));
		assertThat(mailsTo(endorser)).as("a second click sends nothing twice").isEqualTo(1);
	}

	@Test
	void theTemplatesHaveTheHeaderAndOneExampleThatImportsCleanly() throws Exception {
		byte[] xlsx = mvc.perform(get("/admin/imports/templates/MEMBER_CITIES.xlsx").with(admin))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String importPath = upload("template-" + token + ".xlsx", "MEMBER_CITIES", xlsx);
		mvc.perform(get(importPath).with(admin))
			.andExpect(content().string(containsString("id=\"count-rows\">1<")))
			.andExpect(content().string(containsString("id=\"count-errors\">0<")))
			.andExpect(content().string(containsString("Câmara de Lobos")));

		mvc.perform(get("/admin/imports/templates/NATCOM_CONTACTS.csv").with(admin))
			.andExpect(content().string(containsString("country_code,name,email,language")))
			.andExpect(content().string(containsString("Søren Jensen")));
	}

	@Test
	void aFileThatIsNotATableIsRefusedOnTheUploadFormAndNothingIsKept() throws Exception {
		mvc.perform(multipart("/admin/imports")
			.file(new MockMultipartFile("file", "members-" + token + ".csv", "text/csv",
					"town,nation\nMelton,AU\n".getBytes(StandardCharsets.UTF_8)))
			.param("kind", "MEMBER_CITIES")
			.with(admin)
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"#file\"")))
			.andExpect(content().string(containsString("these are missing: city, country_code, member_since")));
		assertThat(jdbc.sql("select count(*) from city_import where file_name like :p")
			.param("p", "%" + token + "%")
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void onlyUilAdministratorsReachTheImports() throws Exception {
		for (Role role : List.of(Role.CITY_OFFICIAL, Role.NATCOM_ENDORSER, Role.UIL_REVIEWER, Role.JURY_MEMBER)) {
			mvc.perform(get("/admin/imports").with(DemoUsers.signedInAs(role))).andExpect(status().isForbidden());
		}
		mvc.perform(get("/admin/imports").with(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Exception"))));
	}

	private String upload(String fileName, String kind, byte[] content) throws Exception {
		MvcResult result = mvc
			.perform(multipart("/admin/imports").file(new MockMultipartFile("file", fileName, "text/csv", content))
				.param("kind", kind)
				.with(admin)
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		return result.getResponse().getRedirectedUrl();
	}

	private void apply(String importPath, boolean acceptErrors) throws Exception {
		mvc.perform(post(importPath + "/apply").param("version", version(importPath))
			.param("acceptErrors", String.valueOf(acceptErrors))
			.with(admin)
			.with(csrf())).andExpect(flash().attribute("success", "city.import.applied"));
	}

	private String version(String importPath) {
		return jdbc.sql("select version from city_import where id = :id")
			.param("id", Long.parseLong(importPath.substring(importPath.lastIndexOf('/') + 1)))
			.query(String.class)
			.single();
	}

	private int cityCount() {
		return jdbc.sql("select count(*) from city where member and name like :p")
			.param("p", "%" + token + "%")
			.query(Integer.class)
			.single();
	}

	private int historyCount() {
		return jdbc
			.sql("select count(*) from city_profile_change ch join city c on c.id = ch.city_id where c.name like :p")
			.param("p", "%" + token + "%")
			.query(Integer.class)
			.single();
	}

	private int mailsTo(String email) {
		return jdbc.sql("select count(*) from outbox_mail where recipient_email = :e")
			.param("e", email)
			.query(Integer.class)
			.single();
	}

}
