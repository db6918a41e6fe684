package org.unesco.gnlc.shared.files;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

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

	private HttpResponse<String> upload(HttpBrowser browser, int megabytes) throws Exception {
		String boundary = "----gnlc-upload-test";
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n"
				+ browser.csrfToken(FORM) + "\r\n")
			.getBytes(StandardCharsets.UTF_8));
		// A form without a file field of the portal: what was typed comes back on the 413
		// page (a portal form's file field: OversizedEndorsementLetterTests).
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\n" + NOTE + "\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"scan.pdf\"\r\n"
				+ "Content-Type: application/pdf\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		byte[] content = new byte[megabytes * 1024 * 1024];
		Arrays.fill(content, (byte) 'x');
		body.write(content);
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + ACTION))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Cookie", browser.cookieHeader())
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
	}

}
