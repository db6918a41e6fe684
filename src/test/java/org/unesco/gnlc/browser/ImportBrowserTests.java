package org.unesco.gnlc.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/** A UIL administrator uploads a file of member cities, previews it and applies it. */
class ImportBrowserTests extends BrowserTest {

	private final String token = UUID.randomUUID().toString().substring(0, 6);

	@AfterEach
	void removeTheImportedCities() {
		jdbc.sql("delete from city where name like :p").param("p", "%" + token + "%").update();
		jdbc.sql("delete from city_import where file_name like :p").param("p", "%" + token + "%").update();
	}

	@Test
	void anAdministratorUploadsPreviewsAndAppliesAFileOfMemberCities() throws IOException {
		Path file = Files.createTempFile("members-" + token + "-", ".csv");
		Files.writeString(file,
				"\uFEFFcity;country_code;member_since;population\n" + "Câmara de Lobos " + token + ";PT;2016;35666\n"
						+ "Ybycuí " + token + ";PY;2015-09-28;29000\n" + "Nowhere " + token + ";XX;2015;1\n",
				StandardCharsets.UTF_8);
		try {
			signIn("admin@demo.example", "learning-cities");
			open("/admin/imports");
			assertThat(heading()).isEqualTo("Bring the existing network in");
			browser().findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
			click(By.cssSelector("main form[enctype] button[type=submit]"));

			assertThat(waitFor(By.cssSelector(".alert-success")).getText())
				.isEqualTo("The file was read. Check the preview, then apply it.");
			assertThat(browser().findElement(By.id("count-created")).getText()).isEqualTo("2");
			assertThat(browser().findElement(By.id("line-4")).getText()).contains("\"XX\" is not a country code");
			assertThat(browser().findElement(By.id("rows")).getText()).contains("Câmara de Lobos " + token);

			click(By.cssSelector("form[action$='/apply'] button[type=submit]"));
			assertThat(waitFor(By.cssSelector(".error-summary")).getText()).contains("The file has 1 rows in error");

			click(By.id("acceptErrors"));
			click(By.cssSelector("form[action$='/apply'] button[type=submit]"));
			assertThat(waitFor(By.cssSelector(".alert-success")).getText()).isEqualTo("The file was applied.");
			assertThat(browser().findElement(By.tagName("main")).getText()).contains("Applied");

			open("/cities?q=" + token);
			assertThat(browser().findElement(By.tagName("main")).getText()).contains("Câmara de Lobos " + token)
				.contains("Ybycuí " + token)
				.contains("2016");
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

}
