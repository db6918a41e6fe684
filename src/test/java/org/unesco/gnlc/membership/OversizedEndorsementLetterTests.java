package org.unesco.gnlc.membership;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.unesco.gnlc.DemoUsers;
import org.unesco.gnlc.account.HttpBrowser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An endorsement letter beyond the servlet container's own limits (30 MB a file, 35 MB a
 * form), through the real container: the container would drop the comment typed beside it
 * with the file. The application's page comes back with the letter's error at its field
 * and the comment as typed; nothing is endorsed. (A letter refused by its type or by the
 * portal's 10 MB: {@code EndorsementLetterRefusedTests}.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "test", "demo" })
class OversizedEndorsementLetterTests {

	static final String COMMENT = "La Comisión apoya la candidatura: «una ciudad que aprende».";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aLetterBeyondTheContainersLimitsComesBackWithItsErrorAndTheCommentTyped() throws Exception {
		long id = jdbc.sql("""
				select id from membership_application
				where country_code = 'MX' and state = 'SUBMITTED' order by id limit 1
				""").query(Long.class).single();
		String page = "/membership/applications/" + id;
		HttpBrowser endorser = new HttpBrowser(port);
		assertThat(endorser.signIn("natcom.mx@demo.example", DemoUsers.PASSWORD)).isEqualTo("/my");

		// Over the container's limit for a file, then over its limit for a whole form.
		for (int megabytes : new int[] { 32, 40 }) {
			HttpResponse<String> answer = endorse(endorser, page, megabytes);

			assertThat(answer.statusCode()).as("%d MB", megabytes).isEqualTo(302);
			assertThat(HttpBrowser.location(answer)).isEqualTo(page);
			Document shown = Jsoup.parse(endorser.get(page).body());
			assertThat(shown.getElementById("endorse-letter").hasClass("is-invalid")).as("%d MB", megabytes).isTrue();
			assertThat(shown.select(".error-summary").text()).contains("The file is larger than 10 MB");
			assertThat(shown.getElementById("endorse-comment").val()).as("%d MB", megabytes).isEqualTo(COMMENT);
			assertThat(jdbc.sql("select state from membership_application where id = ?")
				.params(id)
				.query(String.class)
				.single()).isEqualTo("SUBMITTED");
		}
	}

	private HttpResponse<String> endorse(HttpBrowser browser, String page, int megabytes) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("_csrf", browser.csrfToken(page));
		fields.put("comment", COMMENT);
		fields.put("_fileField", "endorse-letter");
		return browser.upload(page + "/endorse", fields, "letter", megabytes);
	}

}
