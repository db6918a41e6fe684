package org.unesco.gnlc.shared.files;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.unesco.gnlc.DemoUsers;
import org.unesco.gnlc.account.HttpBrowser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Oversized uploads through the real servlet container (MockMvc applies no multipart
 * limit): a file over the portal's 10 MB comes back to its form with the limit stated; an
 * upload beyond the container's limits gets the portal's own 413 page, both in the
 * reader's language, with what was typed beside the file.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "test", "demo" })
class OversizedUploadTests {

	private static final String FORM = "/conferences/2/documents/1/edit";

	private static final String ACTION = "/conferences/2/documents/1/attachments";

	private static final String NOTE = "Compte rendu de la séance plénière";

	@LocalServerPort
	int port;

	@Test
	void aFileOverTheLimitComesBackToItsFormWithTheLimitStated() throws Exception {
		HttpBrowser reviewer = reviewerReadingFrench();

		HttpResponse<String> answer = upload(reviewer, 12);

		assertThat(answer.statusCode()).isEqualTo(302);
		assertThat(HttpBrowser.location(answer)).startsWith(FORM);
		String form = reviewer.get(FORM).body();
		assertThat(form).contains("lang=\"fr\"").contains("Le fichier dépasse 10 Mo");
	}

	@Test
	void anUploadBeyondTheContainersLimitGetsThePortalsOwnPageStatingTheLimit() throws Exception {
		HttpBrowser reviewer = reviewerReadingFrench();

		HttpResponse<String> answer = upload(reviewer, 40);

		assertThat(answer.statusCode()).isEqualTo(413);
		assertThat(answer.body()).contains("lang=\"fr\"")
			.contains("Le fichier est trop volumineux")
			.contains("au plus 10 Mo")
			.contains(NOTE)
			.doesNotContain("Apache Tomcat");
		assertThat(reviewer.get(FORM).statusCode()).as("the session goes on").isEqualTo(200);
	}

	private HttpBrowser reviewerReadingFrench() {
		HttpBrowser reviewer = new HttpBrowser(port);
		assertThat(reviewer.signIn("reviewer@demo.example", DemoUsers.PASSWORD)).isEqualTo("/my");
		reviewer.get("/?lang=fr");
		return reviewer;
	}

	private HttpResponse<String> upload(HttpBrowser browser, int megabytes) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("_csrf", browser.csrfToken(FORM));
		// A form without a file field of the portal: what was typed comes back on the 413
		// page (a portal form's file field: OversizedEndorsementLetterTests).
		fields.put("note", NOTE);
		return browser.upload(ACTION, fields, "file", megabytes);
	}

}
